package id.patuh.fieldwork;

/** An evidence file was attached to a unit (optionally to one indicator, product and respondent). */
public record EvidenceAdded(long evidenceId, int year, String entityCode, String unitCode, String indicator,
                            String product, Integer respondent, String sha256, String mediaType, long size, String name,
                            String uploadedBy) {
}
