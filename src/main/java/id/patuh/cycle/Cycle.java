package id.patuh.cycle;

import java.time.OffsetDateTime;

/** One assessment year and the methodology version its results are computed under. */
public record Cycle(int year, String methodologyId, OffsetDateTime createdAt, OffsetDateTime determinedAt) {

    public boolean determined() {
        return determinedAt != null;
    }
}
