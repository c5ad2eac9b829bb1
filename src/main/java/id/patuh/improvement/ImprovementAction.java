package id.patuh.improvement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One action of an entity's improvement plan, with its completion evidence and — for an official finding — what the
 * next official cycle says ({@code followUp} null for actions not tied to a finding). {@code overdue} when it is not
 * done and its due date has passed.
 */
public record ImprovementAction(long id, String entityCode, String unitCode, String indicatorCode, ActionSource source,
                                Integer findingYear, Long roundId, String description, String owner, LocalDate dueDate,
                                ActionStatus status, String completionNote, List<EvidenceRef> evidence,
                                boolean overdue, FollowUp followUp, String createdBy, OffsetDateTime createdAt,
                                String updatedBy, OffsetDateTime updatedAt) {
}
