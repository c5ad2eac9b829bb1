package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored entity: the mean of its units' unrounded scores (at most 34 significant digits), that mean rounded half-up
 * to the model's scale, the grade of the rounded score, and its scored units.
 */
public record ScoredEntity(
        String entityCode,
        String entityType,
        String province,
        BigDecimal score,
        BigDecimal roundedScore,
        GradeBand grade,
        List<ScoredUnit> units) implements EntityResult {

    public ScoredEntity {
        units = List.copyOf(units);
    }
}
