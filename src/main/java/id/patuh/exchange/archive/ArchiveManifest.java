package id.patuh.exchange.archive;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code manifest.json}: what the archive is (format and version, the Patuh version and database schema that wrote
 * it, the cycle), and every file with its row count and SHA-256, which a restore checks before it writes anything.
 * {@code missingStoredFiles} names evidence files the rows refer to but the writing server's store no longer had;
 * {@code damagedStoredFiles} those whose bytes no longer matched their recorded SHA-256 or size (carried for a person to
 * look at under {@code files/}, never restored).
 */
record ArchiveManifest(String format, int formatVersion, String appVersion, String schemaVersion, int year,
                       String methodologyId, OffsetDateTime createdAt, String createdBy, List<FileEntry> files,
                       List<StoredFileEntry> storedFiles, List<String> missingStoredFiles,
                       List<String> damagedStoredFiles) {

    /** One CSV file of the archive. */
    record FileEntry(String name, String table, long rows, String sha256) {
    }

    /**
     * One evidence file's bytes, at {@code files/<key>}: the key the rows name, the SHA-256 and size they record.
     */
    record StoredFileEntry(String key, String sha256, long size) {
    }

    /** Stored files as listed, or none (a version 1 archive has no such list). */
    List<StoredFileEntry> storedFilesOrNone() {
        return storedFiles == null ? List.of() : storedFiles;
    }

    List<String> missingStoredFilesOrNone() {
        return missingStoredFiles == null ? List.of() : missingStoredFiles;
    }

    List<String> damagedStoredFilesOrNone() {
        return damagedStoredFiles == null ? List.of() : damagedStoredFiles;
    }
}
