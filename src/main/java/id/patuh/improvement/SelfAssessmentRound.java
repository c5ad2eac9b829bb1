package id.patuh.improvement;

import java.time.OffsetDateTime;

/**
 * One round of an entity's self-assessment under one methodology version: open until the coordinator closes it;
 * {@code shared} lets the Ombudsman (HQ and the covering office) read it.
 */
public record SelfAssessmentRound(long id, String entityCode, String methodologyId, OffsetDateTime startedAt,
                                  String startedBy, OffsetDateTime closedAt, String closedBy, boolean shared) {

    public boolean open() {
        return closedAt == null;
    }
}
