package id.patuh.review;

/** A counter-evidence file was attached to a clarification. */
public record ClarificationEvidenceAdded(long clarificationId, long evidenceId, int year, String entityCode,
                                         String unitCode, String sha256, String mediaType, long size, String name,
                                         String uploadedBy) {
}
