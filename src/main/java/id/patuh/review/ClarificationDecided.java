package id.patuh.review;

/**
 * The office head or HQ decided a clarification: accepted (the answer moved from {@code levelBefore} to
 * {@code levelAfter} through the audited save) or rejected with {@code reason} ({@code levelAfter} null).
 */
public record ClarificationDecided(long clarificationId, int year, String entityCode, String unitCode, String item,
                                   ClarificationStatus outcome, int levelBefore, Integer levelAfter, String reason,
                                   String decidedBy) {
}
