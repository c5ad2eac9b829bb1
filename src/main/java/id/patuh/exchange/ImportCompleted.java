package id.patuh.exchange;

/**
 * A file was imported and its rows written (all of them, in one transaction); {@code sha256} identifies the file, so the
 * audit trail says exactly which one was loaded.
 */
public record ImportCompleted(long importId, int year, String kind, String fileName, String sha256, int rows,
                              String importedBy) {
}
