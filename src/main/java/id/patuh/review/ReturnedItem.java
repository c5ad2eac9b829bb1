package id.patuh.review;

import java.time.OffsetDateTime;

/** A reason for returning a unit, tied to one item (an indicator code, or "UNIT" for the unit as a whole). */
public record ReturnedItem(String item, String reason, String returnedBy, OffsetDateTime returnedAt, boolean resolved) {
}
