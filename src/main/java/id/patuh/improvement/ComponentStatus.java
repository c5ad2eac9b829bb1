package id.patuh.improvement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where a unit stands on one standard component: published (and where), last reviewed on; {@code recorded} is false
 * for a component nobody has filled in yet (then it counts as not published).
 */
public record ComponentStatus(StandardComponent component, boolean recorded, boolean published, String publishedWhere,
                              LocalDate reviewedOn, String updatedBy, OffsetDateTime updatedAt) {
}
