package id.patuh.audit;

import java.time.OffsetDateTime;

/** One recorded change: who did what to which unit, when, and the values before and after (JSON text). */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, Integer year, String entityCode,
                         String unitCode, String subject, String before, String after) {
}
