package id.patuh.methodology;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The maladministration-potential predicate introduced in 2025 (e.g. "Tanpa Maladministrasi"), appended to the
 * opinion. It is read from a measure of 0–100: the share of attainable points a unit earns on the indicators of the
 * {@code basisVariables}. {@code provisional} marks thresholds that are configured rather than published.
 * {@code bands} are ordered from the highest lower bound down.
 */
public record MaladministrationPredicate(List<String> basisVariables, boolean provisional, List<Band> bands) {

    public MaladministrationPredicate {
        basisVariables = List.copyOf(basisVariables);
        bands = bands.stream().sorted(Comparator.comparing(Band::lowerBound).reversed()).toList();
    }

    /** The band a measure (0–100, already rounded by the caller if it wishes) falls in. */
    public Band bandFor(BigDecimal measure) {
        return Bands.find(bands, Band::lowerBound, measure);
    }

    /** One predicate band, from {@code lowerBound} inclusive up to the next band's lower bound. */
    public record Band(String code, LocalizedText label, BigDecimal lowerBound) {

        public Band {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(lowerBound, "lowerBound");
        }
    }
}
