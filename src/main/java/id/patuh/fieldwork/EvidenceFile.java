package id.patuh.fieldwork;

import java.time.OffsetDateTime;

/**
 * A stored evidence file of a unit: what it supports (indicator, product, respondent; each may be null), its content
 * (SHA-256, media type told from the bytes, size) and who uploaded it when (server time).
 */
public record EvidenceFile(long id, String indicator, String product, Integer respondent, String sha256,
                           String mediaType, long size, String name, String uploadedBy, OffsetDateTime uploadedAt) {
}
