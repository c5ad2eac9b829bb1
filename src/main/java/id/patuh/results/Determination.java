package id.patuh.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The newest version of a cycle's determination: its decree, when it becomes public, the methodology it was computed
 * under, and every erratum since version 1 (oldest first).
 */
public record Determination(int year, int version, String decreeNumber, LocalDate decreeDate, OffsetDateTime publishAt,
                            String methodologyId, OffsetDateTime determinedAt, String determinedBy,
                            List<Erratum> errata) {

    /** Whether the embargo on this version has ended at {@code now}. */
    public boolean publishedAt(Instant now) {
        return !publishAt.toInstant().isAfter(now);
    }
}
