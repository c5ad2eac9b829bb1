package id.patuh.exchange.archive;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.methodology.Methodologies;
import id.patuh.storage.FileStore;
import id.patuh.storage.StoredFile;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

/**
 * Restores a cycle archive into a database that does not hold that cycle yet. It first checks the whole file — a ZIP,
 * its manifest, every listed file (tables and evidence bytes) present with the listed SHA-256, no unlisted file — and
 * only then writes, all in one transaction: a refused archive leaves the database as it was.
 */
@Service
class CycleArchiveRestorer {

    private static final Logger log = LoggerFactory.getLogger(CycleArchiveRestorer.class);

    private static final int BATCH = 1000;
    private static final Pattern CLARIFICATION_SUBJECT = Pattern.compile("^clarification (\\d+)");
    private static final Pattern CLARIFICATION_EVIDENCE_SUBJECT = Pattern.compile(" evidence (\\d+)");
    private static final Pattern EVIDENCE_SUBJECT = Pattern.compile("^evidence (\\d+)");
    private static final Pattern IMPORT_SUBJECT = Pattern.compile("^import (\\d+)");
    /** Content keys as the file store makes them; anything else cannot be a file name inside an archive of ours. */
    private static final Pattern STORED_FILE_KEY = Pattern.compile("^[0-9a-zA-Z._-]{1,200}$");

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final Cycles cycles;
    private final ObjectMapper json;
    private final PasswordEncoder passwords;
    private final Methodologies methodologies;
    private final FileStore fileStore;

    CycleArchiveRestorer(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
                         Cycles cycles, ObjectMapper json, PasswordEncoder passwords, Methodologies methodologies,
                         FileStore fileStore) {
        this.fileStore = fileStore;
        this.methodologies = methodologies;
        this.jdbc = jdbc;
        this.batches = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.cycles = cycles;
        this.json = json;
        this.passwords = passwords;
    }

    /**
     * Restores an uploaded archive (the API's and the page's): spooled to a temporary file first, as a ZIP is read
     * from its end.
     */
    ArchiveRestored restore(MultipartFile upload, String restoredBy) {
        if (upload == null || upload.isEmpty()) {
            throw DomainException.invalidField("file", "exchange.archive.empty");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile("patuh-archive-", ".zip");
            upload.transferTo(temporary);
            return restore(temporary, upload.getOriginalFilename(), restoredBy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.warn("Could not remove the temporary archive {}", temporary, e);
                }
            }
        }
    }

    ArchiveRestored restore(Path file, String archiveName, String restoredBy) {
        try (ZipFile zip = open(file)) {
            ArchiveManifest manifest = verified(zip);
            if (cycles.find(manifest.year()).isPresent()) {
                throw DomainException.conflict("exchange.archive.cycleExists", manifest.year());
            }
            String archiveSha256 = sha256(file);
            return transactions.execute(status -> new Restore(zip, manifest, restoredBy, archiveSha256).run());
        } catch (IOException e) {
            throw DomainException.invalid("exchange.archive.unreadable", archiveName);
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw DomainException.invalid("exchange.archive.notZip");
        }
    }

    /** The manifest, once every file it lists is present with its checksum and nothing else is in the ZIP. */
    private ArchiveManifest verified(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveLayout.MANIFEST);
        if (entry == null) {
            throw DomainException.invalid("exchange.archive.noManifest");
        }
        ArchiveManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.readValue(in, ArchiveManifest.class);
        } catch (JacksonException e) {
            throw DomainException.invalid("exchange.archive.badManifest", e.getOriginalMessage());
        }
        if (!ArchiveLayout.FORMAT.equals(manifest.format()) || manifest.files() == null) {
            throw DomainException.invalid("exchange.archive.badManifest", "format");
        }
        if (manifest.formatVersion() < ArchiveLayout.OLDEST_READABLE_VERSION
                || manifest.formatVersion() > ArchiveLayout.FORMAT_VERSION) {
            throw DomainException.invalid("exchange.archive.formatVersion", manifest.formatVersion(),
                    ArchiveLayout.FORMAT_VERSION);
        }
        Set<String> listed = new LinkedHashSet<>();
        for (ArchiveManifest.FileEntry file : manifest.files()) {
            ArchiveLayout.Part part = ArchiveLayout.part(file.name())
                    .filter(p -> p.table().equals(file.table()))
                    .orElseThrow(() -> DomainException.invalid("exchange.archive.unknownFile", file.name()));
            listed.add(part.file());
            ZipEntry data = zip.getEntry(file.name());
            if (data == null) {
                throw DomainException.invalid("exchange.archive.missingFile", file.name());
            }
            MessageDigest digest = CycleArchiveWriter.sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(data), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(String.valueOf(file.sha256()))) {
                throw DomainException.invalid("exchange.archive.checksumMismatch", file.name());
            }
        }
        for (ArchiveLayout.Part part : ArchiveLayout.PARTS) {
            if (part.expectedIn(manifest.formatVersion()) && !listed.contains(part.file())) {
                throw DomainException.invalid("exchange.archive.missingFile", part.file());
            }
        }
        for (String damaged : manifest.damagedStoredFilesOrNone()) {
            // Bytes the writing server found damaged travel as they were, for a person to look at; never restored.
            listed.add(ArchiveLayout.STORED_FILES + damaged);
        }
        for (ArchiveManifest.StoredFileEntry file : manifest.storedFilesOrNone()) {
            String name = ArchiveLayout.STORED_FILES + file.key();
            if (file.key() == null || !STORED_FILE_KEY.matcher(file.key()).matches() || !listed.add(name)) {
                throw DomainException.invalid("exchange.archive.badManifest", "storedFiles " + file.key());
            }
            ZipEntry data = zip.getEntry(name);
            if (data == null) {
                throw DomainException.invalid("exchange.archive.missingFile", name);
            }
            MessageDigest digest = CycleArchiveWriter.sha256();
            long size;
            try (InputStream in = new DigestInputStream(zip.getInputStream(data), digest)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            if (size != file.size() || !HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(String.valueOf(file.sha256()))) {
                throw DomainException.invalid("exchange.archive.checksumMismatch", name);
            }
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!name.equals(ArchiveLayout.MANIFEST) && !listed.contains(name)) {
                throw DomainException.invalid("exchange.archive.unlistedFile", name);
            }
        }
        return manifest;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = CycleArchiveWriter.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One restore's state: the ids it renumbered and what it created, inside the transaction. */
    private final class Restore {

        private final ZipFile zip;
        private final ArchiveManifest manifest;
        private final String restoredBy;
        private final String archiveSha256;
        private final Map<String, Map<Long, Long>> renumbered = new LinkedHashMap<>();
        private final Set<Long> archivedClarifications = new HashSet<>();
        private final Set<Long> archivedImports = new HashSet<>();
        private final Map<String, ArchiveManifest.StoredFileEntry> listedFiles = new HashMap<>();
        private final Set<String> unavailableFiles = new HashSet<>();
        private final Map<String, Long> assessorIds = new HashMap<>();
        private final List<String> assessorsCreated = new ArrayList<>();
        private final Map<String, Integer> created = new HashMap<>();
        private final List<ArchiveRestored.RestoredFile> files = new ArrayList<>();
        private boolean methodologyLoaded;
        private final Map<String, String> toLock = new LinkedHashMap<>();

        Restore(ZipFile zip, ArchiveManifest manifest, String restoredBy, String archiveSha256) {
            manifest.storedFilesOrNone().forEach(f -> listedFiles.put(f.key(), f));
            unavailableFiles.addAll(manifest.missingStoredFilesOrNone());
            unavailableFiles.addAll(manifest.damagedStoredFilesOrNone());
            this.zip = zip;
            this.manifest = manifest;
            this.restoredBy = restoredBy;
            this.archiveSha256 = archiveSha256;
        }

        ArchiveRestored run() {
            for (ArchiveLayout.Part part : ArchiveLayout.PARTS) {
                ArchiveManifest.FileEntry entry = manifest.files().stream()
                        .filter(f -> f.name().equals(part.file())).findFirst().orElse(null);
                if (entry == null) {
                    // Only a part newer than the archive's format can be absent (checked before anything was written).
                    continue;
                }
                long rows;
                try {
                    rows = switch (part.restore()) {
                        case ASSESSORS -> assessors(part);
                        case ROWS_WITH_IDS -> rowsWithIds(part);
                        default -> rows(part, null);
                    };
                } catch (DataAccessException e) {
                    throw DomainException.invalid("exchange.archive.rowRefused", part.file(),
                            e.getMostSpecificCause().getMessage());
                }
                if (rows != entry.rows()) {
                    throw DomainException.invalid("exchange.archive.rowCount", part.file(), entry.rows(), rows);
                }
                files.add(new ArchiveRestored.RestoredFile(part.file(), part.table(), rows));
            }
            if (jdbc.sql("select count(*) from cycles where year = ?").param(manifest.year()).query(Long.class).single() != 1) {
                throw DomainException.invalid("exchange.archive.noCycle", manifest.year());
            }
            // A methodology already here but locked on the archive's server (a cycle under it was determined) is locked
            // here too: the restored snapshots must keep meaning what they meant.
            toLock.forEach(methodologies::lock);
            int storedFiles = storedFiles();
            audit();
            return new ArchiveRestored(manifest.year(), manifest.methodologyId(), methodologyLoaded,
                    created.getOrDefault("entities", 0), created.getOrDefault("service_units", 0),
                    created.getOrDefault("service_products", 0), List.copyOf(assessorsCreated),
                    List.copyOf(renumbered.keySet()), List.copyOf(files), storedFiles,
                    unavailableFiles.stream().sorted().toList());
        }

        /**
         * Puts the evidence files' bytes into this server's store. They go in last, inside the transaction: should the
         * transaction still fail, what stays behind are content-addressed files no row names, harmless and unseen.
         */
        private int storedFiles() {
            int count = 0;
            for (ArchiveManifest.StoredFileEntry file : manifest.storedFilesOrNone()) {
                StoredFile stored;
                try (InputStream in = zip.getInputStream(zip.getEntry(ArchiveLayout.STORED_FILES + file.key()))) {
                    stored = fileStore.put(in, Long.MAX_VALUE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                // The rows name the file by its key: it must be the key this server's store gives the same bytes.
                if (!stored.sha256().equalsIgnoreCase(file.sha256()) || !stored.key().equals(file.key())) {
                    throw DomainException.invalid("exchange.archive.checksumMismatch", ArchiveLayout.STORED_FILES + file.key());
                }
                count++;
            }
            return count;
        }

        /** The restore itself is a change that can move scores: it goes in the trail, with the archive's digest. */
        private void audit() {
            ObjectNode after = json.createObjectNode();
            after.put("appVersion", manifest.appVersion());
            after.put("schemaVersion", manifest.schemaVersion());
            after.put("createdAt", String.valueOf(manifest.createdAt()));
            after.put("createdBy", manifest.createdBy());
            ObjectNode rows = after.putObject("rows");
            files.forEach(f -> rows.put(f.table(), f.rows()));
            jdbc.sql("""
                            insert into audit_log (actor, action, year, subject, after)
                            values (?, 'CYCLE_RESTORED', ?, ?, cast(? as jsonb))""")
                    .params(restoredBy, manifest.year(), "archive " + archiveSha256, after.toString()).update();
        }

        private CSVParser parser(ArchiveLayout.Part part) {
            try {
                InputStream in = zip.getInputStream(zip.getEntry(part.file()));
                // Malformed UTF-8 is refused, not replaced: an archive is restored exactly or not at all.
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                return CSVParser.parse(reader, ArchiveCsv.READ);
            } catch (IOException e) {
                throw DomainException.invalid("exchange.archive.badFile", part.file(), e.getMessage());
            }
        }

        /** Column name → PostgreSQL type name of a table, in table order. */
        private Map<String, String> columns(String table) {
            Map<String, String> columns = new LinkedHashMap<>();
            jdbc.sql("""
                            select column_name, udt_name from information_schema.columns
                            where table_schema = current_schema() and table_name = ? order by ordinal_position""")
                    .param(table).query(rs -> {
                        columns.put(rs.getString(1), rs.getString(2));
                    });
            return columns;
        }

        /** Writes a file's rows as they are; {@code ids} renumbers the id column and its references when given. */
        private long rows(ArchiveLayout.Part part, Map<Long, Long> ids) {
            Map<String, String> types = columns(part.table());
            try (CSVParser parser = parser(part)) {
                List<String> header = parser.getHeaderNames();
                List<String> targets = new ArrayList<>();
                for (String column : header) {
                    String target = part.table().equals("assignments") && column.equals("assessor") ? "assessor_id" : column;
                    if (!types.containsKey(target)) {
                        throw DomainException.invalid("exchange.archive.unknownColumn", part.file(), column);
                    }
                    targets.add(target);
                }
                boolean registry = part.restore() == ArchiveLayout.Restore.REGISTRY;
                boolean methodology = part.restore() == ArchiveLayout.Restore.METHODOLOGY;
                StringBuilder sql = new StringBuilder("insert into ").append(part.table()).append(" (")
                        .append(String.join(", ", targets)).append(") values (");
                for (int i = 0; i < targets.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("cast(? as ").append(types.get(targets.get(i))).append(")");
                }
                sql.append(registry ? ") on conflict do nothing" : ")");
                int yearColumn = header.indexOf("year");
                boolean cycleRows = part.restore() == ArchiveLayout.Restore.ROWS
                        || part.restore() == ArchiveLayout.Restore.ROWS_WITH_IDS;
                if (cycleRows && yearColumn < 0 && types.containsKey("year")) {
                    // Without its year a row could land outside every cycle (an audit entry with no year, say).
                    throw DomainException.invalid("exchange.archive.badFile", part.file(), "year");
                }
                List<Object[]> batch = new ArrayList<>();
                long count = 0;
                int inserted = 0;
                for (CSVRecord record : parser) {
                    count++;
                    if (record.size() != header.size()) {
                        throw DomainException.invalid("exchange.archive.badRow", part.file(), record.getRecordNumber() + 1);
                    }
                    Object[] values = record.values();
                    // Every row of the cycle's tables belongs to the archive's year: an archive cannot touch another cycle.
                    if (yearColumn >= 0 && !String.valueOf(manifest.year()).equals(values[yearColumn])) {
                        throw DomainException.invalid("exchange.archive.otherYear", part.file(), record.getRecordNumber() + 1,
                                manifest.year());
                    }
                    if (methodology && !methodologyRow(header, values)) {
                        continue;
                    }
                    adjust(part, header, values, ids, record.getRecordNumber() + 1);
                    batch.add(values);
                    if (batch.size() == BATCH) {
                        inserted += write(sql.toString(), batch);
                    }
                }
                inserted += write(sql.toString(), batch);
                if (registry) {
                    created.merge(part.table(), inserted, Integer::sum);
                }
                return count;
            } catch (IOException | UncheckedIOException e) {
                throw DomainException.invalid("exchange.archive.badFile", part.file(),
                        e.getCause() instanceof CharacterCodingException ? "UTF-8" : e.getMessage());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("exchange.archive.badFile", part.file(), e.getMessage());
            }
        }

        private int write(String sql, List<Object[]> batch) {
            if (batch.isEmpty()) {
                return 0;
            }
            int written = 0;
            for (int n : batches.batchUpdate(sql, batch)) {
                written += Math.max(n, 0);
            }
            batch.clear();
            return written;
        }

        /**
         * A methodology row is written only when the target lacks that id; the same id with other content is refused
         * (a cycle must be restored under exactly the instrument it was scored with). Returns whether to insert.
         */
        private boolean methodologyRow(List<String> header, Object[] values) {
            String id = (String) values[header.indexOf("id")];
            String sha256 = (String) values[header.indexOf("sha256")];
            var existing = jdbc.sql("select sha256 from methodologies where id = ?").param(id).query(String.class).optional();
            if (existing.isPresent()) {
                if (!existing.get().trim().equalsIgnoreCase(sha256 == null ? "" : sha256.trim())) {
                    throw DomainException.conflict("exchange.archive.methodologyDiffers", id);
                }
                int lockedAt = header.indexOf("locked_at");
                if (lockedAt >= 0 && values[lockedAt] != null) {
                    int reason = header.indexOf("locked_reason");
                    toLock.put(id, reason >= 0 && values[reason] != null ? (String) values[reason]
                            : "cycle " + manifest.year() + " restored from an archive");
                }
                return false;
            }
            int derivedFrom = header.indexOf("derived_from");
            if (derivedFrom >= 0 && values[derivedFrom] != null && jdbc.sql("select count(*) from methodologies where id = ?")
                    .param(values[derivedFrom]).query(Long.class).single() == 0) {
                // The version it was derived from is not on this server: the link is dropped, the content is whole.
                values[derivedFrom] = null;
            }
            methodologyLoaded = true;
            return true;
        }

        /** Renumbers ids and what refers to them, and puts the target's account id for the assessor's username. */
        private void adjust(ArchiveLayout.Part part, List<String> header, Object[] values, Map<Long, Long> ids, long line) {
            switch (part.table()) {
                case "assignments" -> {
                    int column = header.indexOf("assessor");
                    Long id = assessorIds.get(String.valueOf(values[column]).toLowerCase(Locale.ROOT));
                    if (id == null) {
                        throw DomainException.invalid("exchange.archive.unknownAssessor", part.file(), line, values[column]);
                    }
                    values[column] = id.toString();
                }
                case "clarifications" -> archivedClarifications.add(Long.parseLong((String) values[header.indexOf("id")]));
                case "clarification_evidence" -> {
                    int column = header.indexOf("clarification_id");
                    long clarification = Long.parseLong((String) values[column]);
                    if (!archivedClarifications.contains(clarification)) {
                        throw DomainException.invalid("exchange.archive.otherYear", part.file(), line, manifest.year());
                    }
                    values[column] = String.valueOf(mapped("clarifications", clarification));
                    storedFileOfRow(part, header, values, line);
                }
                case "import_jobs" -> archivedImports.add(Long.parseLong((String) values[header.indexOf("id")]));
                case "imported_entity_scores" -> {
                    int column = header.indexOf("import_id");
                    long job = Long.parseLong(String.valueOf(values[column]));
                    if (!archivedImports.contains(job)) {
                        throw DomainException.invalid("exchange.archive.unknownImport", part.file(), line, job);
                    }
                    values[column] = String.valueOf(mapped("import_jobs", job));
                }
                case "evidence" -> storedFileOfRow(part, header, values, line);
                case "audit_log" -> auditReferences(header, values);
                default -> {
                }
            }
            if (ids != null) {
                int column = header.indexOf("id");
                values[column] = String.valueOf(ids.get(Long.parseLong((String) values[column])));
            }
        }

        /**
         * An evidence row of a version 2 archive names bytes the archive carries with the same SHA-256 and size, or
         * bytes it says were missing or damaged at the source — never a file it does not mention.
         */
        private void storedFileOfRow(ArchiveLayout.Part part, List<String> header, Object[] values, long line) {
            if (manifest.formatVersion() < 2) {
                return;
            }
            String key = String.valueOf(values[header.indexOf("file_key")]);
            ArchiveManifest.StoredFileEntry file = listedFiles.get(key);
            if (file == null) {
                if (!unavailableFiles.contains(key)) {
                    throw DomainException.invalid("exchange.archive.storedFileUnlisted", part.file(), line, key);
                }
                return;
            }
            String sha256 = String.valueOf(values[header.indexOf("sha256")]).trim();
            long size = Long.parseLong(String.valueOf(values[header.indexOf("size_bytes")]));
            if (!sha256.equalsIgnoreCase(file.sha256()) || size != file.size()) {
                throw DomainException.invalid("exchange.archive.storedFileDiffers", part.file(), line, key);
            }
        }

        private long mapped(String table, long id) {
            Map<Long, Long> map = renumbered.get(table);
            return map == null ? id : map.getOrDefault(id, id);
        }

        /** Audit entries name clarifications and evidence by id in their subject and details: keep them pointing right. */
        private void auditReferences(List<String> header, Object[] values) {
            String action = (String) values[header.indexOf("action")];
            int subjectColumn = header.indexOf("subject");
            String subject = (String) values[subjectColumn];
            if (subject != null && action != null) {
                if (action.startsWith("CLARIFICATION_")) {
                    subject = replaced(subject, CLARIFICATION_SUBJECT, "clarifications");
                    if (action.equals("CLARIFICATION_EVIDENCE_ADDED")) {
                        subject = replaced(subject, CLARIFICATION_EVIDENCE_SUBJECT, "clarification_evidence");
                    }
                } else if (action.equals("EVIDENCE_ADDED")) {
                    subject = replaced(subject, EVIDENCE_SUBJECT, "evidence");
                } else if (action.equals("IMPORT_COMPLETED")) {
                    subject = replaced(subject, IMPORT_SUBJECT, "import_jobs");
                }
                values[subjectColumn] = subject;
            }
            int afterColumn = header.indexOf("after");
            if (renumbered.containsKey("clarifications") && values[afterColumn] != null
                    && ((String) values[afterColumn]).contains("\"clarification\"")) {
                JsonNode after = json.readTree((String) values[afterColumn]);
                if (after instanceof ObjectNode object && object.hasNonNull("clarification")) {
                    object.put("clarification", mapped("clarifications", object.get("clarification").asLong()));
                    values[afterColumn] = object.toString();
                }
            }
        }

        private String replaced(String text, Pattern pattern, String table) {
            if (!renumbered.containsKey(table)) {
                return text;
            }
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return text;
            }
            long id = mapped(table, Long.parseLong(matcher.group(1)));
            return text.substring(0, matcher.start(1)) + id + text.substring(matcher.end(1));
        }

        /**
         * Rows with a generated id keep it when no row of the target holds an id in the archive's range (a fresh
         * server, say); otherwise they get new ids from the target's sequence, in the same order.
         */
        private long rowsWithIds(ArchiveLayout.Part part) {
            List<Long> ids = new ArrayList<>();
            try (CSVParser parser = parser(part)) {
                int column = parser.getHeaderNames().indexOf("id");
                if (column < 0) {
                    throw DomainException.invalid("exchange.archive.badFile", part.file(), "id");
                }
                for (CSVRecord record : parser) {
                    ids.add(Long.parseLong(record.get(column)));
                }
            } catch (IOException | NumberFormatException | UncheckedIOException e) {
                throw DomainException.invalid("exchange.archive.badFile", part.file(), e.getMessage());
            }
            String sequence = "pg_get_serial_sequence('" + part.table() + "', 'id')";
            Map<Long, Long> mapping = null;
            if (!ids.isEmpty()) {
                long low = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
                long high = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
                boolean taken = jdbc.sql("select exists (select 1 from " + part.table() + " where id between ? and ?)")
                        .params(low, high).query(Boolean.class).single();
                if (taken) {
                    List<Long> fresh = jdbc.sql("select nextval(" + sequence + ") from generate_series(1, ?)")
                            .param(ids.size()).query(Long.class).list().stream().sorted().toList();
                    List<Long> old = ids.stream().sorted().toList();
                    mapping = new HashMap<>();
                    for (int i = 0; i < old.size(); i++) {
                        mapping.put(old.get(i), fresh.get(i));
                    }
                    renumbered.put(part.table(), mapping);
                }
            }
            long rows = rows(part, mapping);
            if (mapping == null && !ids.isEmpty()) {
                // Kept ids: the sequence moves past them so the next new row does not collide.
                jdbc.sql("select setval(" + sequence + ", greatest((select max(id) from " + part.table() + "), nextval("
                        + sequence + ")))").query(Long.class).single();
            }
            return rows;
        }

        /** Assessors by username: the target's account, or a disabled account opened for the history's sake. */
        private long assessors(ArchiveLayout.Part part) {
            String unusablePassword = null;
            long count = 0;
            try (CSVParser parser = parser(part)) {
                for (CSVRecord record : parser) {
                    count++;
                    String username = record.get("username");
                    var existing = jdbc.sql("select id from users where lower(username) = lower(?)").param(username)
                            .query(Long.class).optional();
                    if (existing.isPresent()) {
                        assessorIds.put(username.toLowerCase(Locale.ROOT), existing.get());
                        continue;
                    }
                    String office = record.get("office_code");
                    if (jdbc.sql("select count(*) from regional_offices where code = ?").param(office).query(Long.class).single() == 0) {
                        throw DomainException.invalid("exchange.archive.unknownOffice", username, office);
                    }
                    if (unusablePassword == null) {
                        // Nobody knows this password; the account is disabled until an administrator resets it.
                        unusablePassword = passwords.encode(UUID.randomUUID() + "-" + UUID.randomUUID());
                    }
                    Long id = jdbc.sql("""
                                    insert into users (username, password_hash, display_name, role, office_code, enabled)
                                    values (?, ?, ?, 'ASSESSOR', ?, false) returning id""")
                            .params(username, unusablePassword, record.get("display_name"), office)
                            .query(Long.class).single();
                    assessorIds.put(username.toLowerCase(Locale.ROOT), id);
                    assessorsCreated.add(username);
                }
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                throw DomainException.invalid("exchange.archive.badFile", part.file(), e.getMessage());
            }
            return count;
        }
    }
}
