package id.patuh.results.site;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A snapshot version the public may read: its cycle, number, decree and methodology. */
record PublishedVersion(int year, int version, String methodologyId, String decreeNumber, LocalDate decreeDate,
                        OffsetDateTime publishAt) {
}
