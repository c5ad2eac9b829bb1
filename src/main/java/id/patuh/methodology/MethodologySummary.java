package id.patuh.methodology;

import java.time.OffsetDateTime;

/** A stored methodology version as lists show it: where it came from and whether it may still change. */
public record MethodologySummary(String id, LocalizedText name, YearRange years, MethodologyStatus status,
                                 Origin origin, String derivedFrom, String sha256, OffsetDateTime lockedAt,
                                 String lockedReason) {

    /** Where a stored version came from: shipped with Patuh, uploaded by an admin, or cloned from another. */
    public enum Origin { SHIPPED, UPLOADED, CLONED }

    public boolean locked() {
        return lockedAt != null;
    }

    /** Shipped versions change only with a Patuh release; locked ones never. */
    public boolean editable() {
        return origin != Origin.SHIPPED && !locked();
    }
}
