package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A unit score known only as a figure (history, imports), optionally with its points per dimension code, which must
 * add up to the score within 0.01.
 */
public record DirectUnitScore(String unitKey, BigDecimal score, Map<String, BigDecimal> dimensionPoints)
        implements UnitInput {

    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    public DirectUnitScore {
        IndicatorRule.requireText(unitKey, "unit key");
        Objects.requireNonNull(score, () -> "score of unit " + unitKey);
        if (score.signum() < 0 || score.compareTo(ScoringModel.HUNDRED) > 0) {
            throw new IllegalArgumentException("Unit " + unitKey + " is given score " + score.toPlainString()
                    + "; a score lies in 0..100");
        }
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : dimensionPoints.entrySet()) {
            BigDecimal points = Objects.requireNonNull(entry.getValue(),
                    () -> "points of dimension " + entry.getKey() + " of unit " + unitKey);
            if (points.signum() < 0) {
                throw new IllegalArgumentException("Unit " + unitKey + " is given negative points for dimension "
                        + entry.getKey());
            }
            copy.put(entry.getKey(), points);
            sum = sum.add(points);
        }
        if (!copy.isEmpty() && sum.subtract(score).abs().compareTo(TOLERANCE) > 0) {
            throw new IllegalArgumentException("The dimension points of unit " + unitKey + " add up to "
                    + sum.toPlainString() + ", which differs from its score " + score.toPlainString()
                    + " by more than 0.01");
        }
        dimensionPoints = Collections.unmodifiableMap(copy);
    }

    /** A unit score given without its dimension points. */
    public DirectUnitScore(String unitKey, BigDecimal score) {
        this(unitKey, score, Map.of());
    }
}
