package id.patuh.cycle;

import java.time.OffsetDateTime;

/** An assessor's declared conflict of interest with an entity: they are not assigned to its units. */
public record ConflictOfInterest(String entityCode, String entityName, String reason, OffsetDateTime declaredAt) {
}
