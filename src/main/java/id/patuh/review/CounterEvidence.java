package id.patuh.review;

import java.time.OffsetDateTime;

/** A photo or PDF an entity attached to its clarification, typed by content, with who uploaded it when. */
public record CounterEvidence(long id, String name, String mediaType, long size, String sha256, String uploadedBy,
                              OffsetDateTime uploadedAt) {
}
