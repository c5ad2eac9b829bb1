package id.patuh.results;

import java.time.OffsetDateTime;

/** A correction after determination: the version it made and why. */
public record Erratum(int version, String reason, OffsetDateTime at) {
}
