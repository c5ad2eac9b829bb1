package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored unit: its unrounded score (at most 34 significant digits), the score rounded half-up to the model's scale,
 * the grade of the rounded score, its dimension points, its products (only when scored per product) and where the
 * score came from. The unit kind is null for a score given directly.
 */
public record ScoredUnit(
        String unitKey,
        String unitKind,
        BigDecimal score,
        BigDecimal roundedScore,
        GradeBand grade,
        List<DimensionPoints> dimensions,
        List<ProductScore> products,
        ScoreSource source) implements UnitResult {

    public ScoredUnit {
        dimensions = List.copyOf(dimensions);
        products = List.copyOf(products);
    }
}
