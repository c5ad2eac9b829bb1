package id.patuh.exchange.imports;

import java.util.List;

/**
 * What became of an import: {@code status} COMPLETED (every row written), UNCHANGED (this very file was the last one
 * imported of its kind for the cycle, so nothing was written), REJECTED (nothing written; {@code errors} says why, the
 * first {@link ImportErrors#KEPT} of {@code errorCount}) or RUNNING; {@code rows} counts the data rows read.
 */
public record ImportReport(long id, int year, String kind, String status, String stage, int rows, Integer rowsTotal,
                           String sha256, String fileName, int errorCount, List<ImportError> errors,
                           String startedBy, java.time.OffsetDateTime startedAt, java.time.OffsetDateTime finishedAt) {
}
