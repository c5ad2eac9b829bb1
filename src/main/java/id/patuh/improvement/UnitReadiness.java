package id.patuh.improvement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One OPD on the coordinator's dashboard: its last self-assessment (when, in which round, the predicted score),
 * evidence still missing in that round (answers above 0 on observation or document indicators without a file),
 * whether it is overdue, its 14 standard components and when it was last reminded.
 */
public record UnitReadiness(String unitCode, String unitName, String unitKind, OffsetDateTime lastAssessedAt,
                            Long lastRoundId, BigDecimal predictedScore, String category, String zone, int answered,
                            int unanswered, int missingEvidence, boolean overdue, int componentsPublished,
                            java.time.LocalDate oldestReview, List<ComponentStatus> components,
                            OffsetDateTime lastRemindedAt) {
}
