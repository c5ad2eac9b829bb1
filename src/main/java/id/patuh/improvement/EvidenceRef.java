package id.patuh.improvement;

import java.time.OffsetDateTime;

/** An evidence file kept for a self-assessment answer or a completed action (the bytes live in the file store). */
public record EvidenceRef(long id, String unitCode, String indicatorCode, String name, String mediaType, long size,
                          String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
