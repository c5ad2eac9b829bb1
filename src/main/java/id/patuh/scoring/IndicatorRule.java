package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One indicator of a dimension: its share (percent of the dimension), its answer scale {@code 0..maxLevel}, how its
 * respondents are combined, and the unit kinds it applies to (empty: every kind).
 */
public record IndicatorRule(
        String code,
        BigDecimal share,
        int maxLevel,
        RespondentAggregation aggregation,
        Set<String> applicableUnitKinds) {

    public IndicatorRule {
        requireText(code, "indicator code");
        Objects.requireNonNull(share, () -> "share of indicator " + code);
        if (share.signum() <= 0 || share.compareTo(ScoringModel.HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "Indicator " + code + " has share " + share.toPlainString() + "; a share lies in (0, 100]");
        }
        if (maxLevel < 1) {
            throw new IllegalArgumentException("Indicator " + code + " has maxLevel " + maxLevel + "; it must be at least 1");
        }
        Objects.requireNonNull(aggregation, () -> "aggregation of indicator " + code);
        applicableUnitKinds = Set.copyOf(applicableUnitKinds);
    }

    /** An indicator that applies to every unit kind and averages its respondents. */
    public IndicatorRule(String code, BigDecimal share, int maxLevel) {
        this(code, share, maxLevel, RespondentAggregation.MEAN, Set.of());
    }

    /** Whether a unit of this kind is assessed on this indicator. */
    public boolean appliesTo(String unitKind) {
        return applicableUnitKinds.isEmpty() || applicableUnitKinds.contains(unitKind);
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required");
        }
    }
}
