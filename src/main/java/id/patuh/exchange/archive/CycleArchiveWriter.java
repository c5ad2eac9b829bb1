package id.patuh.exchange.archive;

import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.storage.FileStore;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Writes a whole cycle as one ZIP: a CSV file per table (see {@link ArchiveLayout}) and, last, the manifest with each
 * file's row count and SHA-256. The evidence files' bytes follow under {@code files/}, so a restore on another server
 * can still open every photo and PDF. It reads in one repeatable-read transaction, so the files agree with each other
 * even while people keep working.
 */
@Service
class CycleArchiveWriter {

    private static final Logger log = LoggerFactory.getLogger(CycleArchiveWriter.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final FileStore fileStore;
    private final Cycles cycles;
    private final ObjectMapper json;
    private final ArchiveVersions versions;
    private final Clock clock;

    CycleArchiveWriter(DataSource dataSource, Cycles cycles, ObjectMapper json, ArchiveVersions versions, Clock clock,
                       FileStore fileStore) {
        this.fileStore = fileStore;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // Rows are streamed from the server in pages rather than loaded whole (a national cycle has ~1M answers).
        template.setFetchSize(2000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.cycles = cycles;
        this.json = json;
        this.versions = versions;
        this.clock = clock;
    }

    /** The cycle, or "not found" — checked before a byte is written, so the caller can still answer with an error. */
    Cycle require(int year) {
        return cycles.require(year);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ArchiveManifest write(int year, String createdBy, OutputStream out) {
        Cycle cycle = cycles.require(year);
        List<ArchiveManifest.FileEntry> files = new ArrayList<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (ArchiveLayout.Part part : ArchiveLayout.PARTS) {
                zip.putNextEntry(new ZipEntry(part.file()));
                MessageDigest sha256 = sha256();
                Writer writer = new OutputStreamWriter(new DigestOutputStream(zip, sha256), StandardCharsets.UTF_8);
                long rows = jdbc.query(part.select(), Map.of("year", year), (ResultSet rs) -> {
                    try {
                        return table(rs, writer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                writer.flush();
                zip.closeEntry();
                files.add(new ArchiveManifest.FileEntry(part.file(), part.table(), rows,
                        HexFormat.of().formatHex(sha256.digest())));
            }
            List<ArchiveManifest.StoredFileEntry> stored = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> damaged = new ArrayList<>();
            for (ArchiveManifest.StoredFileEntry file : jdbc.query(ArchiveLayout.STORED_FILES_SELECT, Map.of("year", year),
                    (rs, n) -> new ArchiveManifest.StoredFileEntry(rs.getString(1), rs.getString(2).trim(), rs.getLong(3)))) {
                switch (storedFile(zip, file)) {
                    case COPIED -> stored.add(file);
                    case MISSING -> missing.add(file.key());
                    case DAMAGED -> damaged.add(file.key());
                }
            }
            if (!missing.isEmpty() || !damaged.isEmpty()) {
                // The backup still goes out (the rows are what matter most); the manifest says which bytes it lacks.
                log.warn("Archive of cycle {}: evidence files named by its rows but missing from the file store {}, "
                        + "or whose bytes no longer match their SHA-256 and size {}", year, missing, damaged);
            }
            ArchiveManifest manifest = new ArchiveManifest(ArchiveLayout.FORMAT, ArchiveLayout.FORMAT_VERSION,
                    versions.application(), versions.schema(), year, cycle.methodologyId(), OffsetDateTime.now(clock),
                    createdBy, List.copyOf(files), List.copyOf(stored), List.copyOf(missing), List.copyOf(damaged));
            zip.putNextEntry(new ZipEntry(ArchiveLayout.MANIFEST));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.flush();
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What became of one stored file. */
    private enum Copy { COPIED, MISSING, DAMAGED }

    /**
     * Copies one stored file into the ZIP, checking its bytes on the way against the SHA-256 and size its row recorded:
     * a damaged file still travels (someone may want to look at it) but is listed as damaged, so a restore skips it
     * instead of refusing the whole archive.
     */
    private Copy storedFile(ZipOutputStream zip, ArchiveManifest.StoredFileEntry file) throws IOException {
        if (!fileStore.exists(file.key())) {
            return Copy.MISSING;
        }
        zip.putNextEntry(new ZipEntry(ArchiveLayout.STORED_FILES + file.key()));
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(fileStore.open(file.key()), digest)) {
            size = in.transferTo(zip);
        }
        zip.closeEntry();
        boolean intact = size == file.size() && HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(file.sha256());
        return intact ? Copy.COPIED : Copy.DAMAGED;
    }

    private static long table(ResultSet rs, Writer writer) throws java.sql.SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        // The writer must stay open: closing the printer would close the ZIP under it.
        CSVPrinter printer = new CSVPrinter(writer, ArchiveCsv.WRITE);
        for (int c = 1; c <= count; c++) {
            printer.print(meta.getColumnLabel(c));
        }
        printer.println();
        long rows = 0;
        while (rs.next()) {
            for (int c = 1; c <= count; c++) {
                // PostgreSQL's own text form of every type (timestamps with their offset, jsonb, numerics), which
                // casts back to the same value on restore.
                printer.print(rs.getString(c));
            }
            printer.println();
            rows++;
        }
        printer.flush();
        return rows;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
