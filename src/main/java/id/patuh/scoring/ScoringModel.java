package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The scoring rules of one methodology version: dimensions with weights summing to 100, grade bands, the rounding
 * scale of published figures and how an entity's score is formed.
 */
public record ScoringModel(
        String methodologyId,
        List<DimensionRule> dimensions,
        List<GradeBand> gradeBands,
        int roundingScale,
        EntityAggregation entityAggregation) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Grade bands are kept highest lower bound first, whatever order they were given in. */
    public ScoringModel {
        IndicatorRule.requireText(methodologyId, "methodology id");
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("Methodology " + methodologyId + " has no dimension");
        }
        BigDecimal weights = BigDecimal.ZERO;
        Set<String> dimensionCodes = new HashSet<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (DimensionRule dimension : dimensions) {
            if (!dimensionCodes.add(dimension.code())) {
                throw new IllegalArgumentException("Methodology " + methodologyId + " lists dimension "
                        + dimension.code() + " twice");
            }
            // Answers are keyed by indicator code alone, so a code must be unique across dimensions too.
            for (IndicatorRule indicator : dimension.indicators()) {
                if (!indicatorCodes.add(indicator.code())) {
                    throw new IllegalArgumentException("Methodology " + methodologyId + " uses indicator code "
                            + indicator.code() + " in more than one dimension");
                }
            }
            weights = weights.add(dimension.weight());
        }
        if (weights.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("The dimension weights of methodology " + methodologyId + " sum to "
                    + weights.toPlainString() + ", not 100");
        }
        gradeBands = sortedBands(methodologyId, gradeBands);
        if (roundingScale < 0 || roundingScale > 10) {
            throw new IllegalArgumentException("A rounding scale lies in 0..10, not " + roundingScale);
        }
        Objects.requireNonNull(entityAggregation, "entityAggregation");
    }

    /** A model that rounds to two decimals and scores an entity as the mean of its units. */
    public ScoringModel(String methodologyId, List<DimensionRule> dimensions, List<GradeBand> gradeBands) {
        this(methodologyId, dimensions, gradeBands, 2, EntityAggregation.MEAN_OF_UNITS);
    }

    private static List<GradeBand> sortedBands(String methodologyId, List<GradeBand> bands) {
        List<GradeBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(GradeBand::lowerBound).reversed());
        if (sorted.isEmpty() || sorted.get(sorted.size() - 1).lowerBound().signum() != 0) {
            throw new IllegalArgumentException("The grade bands of methodology " + methodologyId
                    + " must start at 0 so that every score has a grade");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).lowerBound().compareTo(sorted.get(i - 1).lowerBound()) == 0) {
                throw new IllegalArgumentException("Two grade bands of methodology " + methodologyId
                        + " start at " + sorted.get(i).lowerBound().toPlainString());
            }
        }
        return List.copyOf(sorted);
    }
}
