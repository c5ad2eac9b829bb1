package id.patuh.review;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An entity's clarification on one answer of a verified unit (indicator, observed product or null, respondent): the
 * coordinator's statement and counter-evidence, the level the answer had when filed and, once decided, the decision —
 * the corrected level when accepted, the reason (required when rejected).
 */
public record Clarification(long id, int year, String entityCode, String unitCode, String indicator, String product,
                            int respondent, String statement, int levelFiled, String filedBy, OffsetDateTime filedAt,
                            ClarificationStatus status, String decidedBy, OffsetDateTime decidedAt,
                            Integer levelDecided, String reason, List<CounterEvidence> evidence) {

    public boolean open() {
        return status == ClarificationStatus.OPEN;
    }

    /** The item as people write it: indicator, product and respondent ("IN.KP.01 #2", "PR.SP.01 / KTP #1"). */
    public String item() {
        return indicator + (product == null ? "" : " / " + product) + " #" + respondent;
    }
}
