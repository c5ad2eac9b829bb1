package id.patuh.review;

/** Where an entity's clarification stands: waiting for the office's decision, or decided one way or the other. */
public enum ClarificationStatus {
    /** Filed by the entity; the office head or HQ has not decided yet. */
    OPEN,
    /** Accepted: the answer was changed to the decided level through the audited save. */
    ACCEPTED,
    /** Rejected, with the decider's reason. */
    REJECTED
}
