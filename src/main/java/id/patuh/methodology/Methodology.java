package id.patuh.methodology;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the assessment methodology, as loaded from {@code methodologies/<id>.yaml}. {@code provenance}
 * says which parts are public and which reconstructed; {@code grades} are ordered from the highest lower bound down;
 * {@code maladministrationPredicate} is null for years that had none (before 2025).
 */
public record Methodology(
        String id,
        LocalizedText name,
        YearRange years,
        MethodologyStatus status,
        LocalizedText provenance,
        List<Dimension> dimensions,
        List<GradeBand> grades,
        AggregationRules aggregation,
        MaladministrationPredicate maladministrationPredicate) {

    public Methodology {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(aggregation, "aggregation");
        dimensions = List.copyOf(dimensions);
        grades = grades.stream().sorted(Comparator.comparing(GradeBand::lowerBound).reversed()).toList();
    }

    /** The grade of a score in 0..100; pass the score as published (rounded), since bands are read on it. */
    public GradeBand gradeFor(BigDecimal score) {
        return Bands.find(grades, GradeBand::lowerBound, score);
    }

    /** Every indicator of every dimension, in file order. */
    public List<Indicator> indicators() {
        return dimensions.stream().flatMap(dimension -> dimension.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    public Optional<Dimension> dimension(String code) {
        return dimensions.stream().filter(dimension -> dimension.code().equals(code)).findFirst();
    }
}
