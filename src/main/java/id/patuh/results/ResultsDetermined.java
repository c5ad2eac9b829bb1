package id.patuh.results;

import java.time.OffsetDateTime;

/** A cycle's results were fixed as a new snapshot version (version 1, or an erratum with its reason). */
public record ResultsDetermined(int year, int version, String decreeNumber, OffsetDateTime publishAt, String reason,
                                int entities, int units, String determinedBy) {
}
