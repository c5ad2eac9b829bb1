package id.patuh.review;

/**
 * The office's decision on a clarification: accepted with the corrected answer level (a reason is optional), or
 * rejected with a reason (required).
 */
public record ClarificationDecision(Boolean accepted, Integer level, String reason) {
}
