package id.patuh.improvement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A round's predicted entity result: the mean of the assessed units' unrounded predicted scores (as the official
 * entity score), graded on the rounded mean; null score while no unit has an answer. {@code units} holds only the
 * units the reader may see.
 */
public record EntityPrediction(SelfAssessmentRound round, String entityName, BigDecimal score, String category,
                               String opinion, String zone, int unitsAssessed, int unitsTotal,
                               List<UnitPrediction> units) {
}
