package id.patuh.results;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * HQ's decree fixing a cycle's results. {@code reason} is required for every version after the first (it is the
 * erratum) and refused for the first.
 */
public record DeterminationRequest(String decreeNumber, LocalDate decreeDate, OffsetDateTime publishAt, String reason) {
}
