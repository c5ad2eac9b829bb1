package id.patuh.methodology;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A score band: scores from {@code lowerBound} (inclusive) up to the next band's lower bound (exclusive; the top band
 * includes 100). {@code category} (A–E) and {@code opinion} (the published label) are null where the year has none.
 */
public record GradeBand(String category, LocalizedText opinion, Zone zone, BigDecimal lowerBound) {

    public GradeBand {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lowerBound, "lowerBound");
    }
}
