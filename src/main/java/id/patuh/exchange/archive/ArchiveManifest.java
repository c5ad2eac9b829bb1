package id.patuh.exchange.archive;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code manifest.json}: what the archive is (format and version, the Patuh version and database schema that wrote
 * it, the cycle), and every file with its row count and SHA-256, which a restore checks before it writes anything.
 */
record ArchiveManifest(String format, int formatVersion, String appVersion, String schemaVersion, int year,
                       String methodologyId, OffsetDateTime createdAt, String createdBy, List<FileEntry> files) {

    /** One CSV file of the archive. */
    record FileEntry(String name, String table, long rows, String sha256) {
    }
}
