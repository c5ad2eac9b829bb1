package id.patuh.exchange.imports;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.exchange.ImportCompleted;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.BulkAnswers;
import id.patuh.identity.PatuhUser;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.results.DirectScores;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an import: reads the whole file and checks every row first, reporting every error by row and column; only a
 * file without errors is written, all of it in one transaction (the job's progress is committed apart, for pollers).
 * A file identical (SHA-256) to the newest completed import of its kind for the cycle changes nothing: UNCHANGED.
 */
@Service
public class Imports {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Imports.class);
    private static final int PROGRESS_EVERY = 5000;

    private final ImportJobs jobs;
    private final Cycles cycles;
    private final Methodologies methodologies;
    private final Entities entities;
    private final DirectScores directScores;
    private final Answers answers;
    private final BulkAnswers bulkAnswers;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Imports(ImportJobs jobs, Cycles cycles, Methodologies methodologies, Entities entities, DirectScores directScores,
            Answers answers, BulkAnswers bulkAnswers, JdbcClient jdbc, MessageSource messages,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.entities = entities;
        this.directScores = directScores;
        this.answers = answers;
        this.bulkAnswers = bulkAnswers;
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Imports {@code file} (kept by the caller, deleted by the caller) into the cycle {@code year}. */
    public ImportReport run(int year, ImportKind kind, String fileName, Path file, PatuhUser user, Locale locale)
            throws IOException {
        requireImporter(user);
        Methodology methodology = kind == ImportKind.REGISTRY ? null : methodologyOf(year);
        String sha256 = sha256(file);
        Optional<ImportReport> last = jobs.latestCompleted(year, kind);
        if (last.isPresent() && last.get().sha256().equals(sha256)) {
            ImportReport before = last.get();
            return new ImportReport(before.id(), year, kind.slug(), "UNCHANGED", "DONE", before.rows(), before.rowsTotal(),
                    sha256, fileName, 0, List.of(), before.startedBy(), before.startedAt(), before.finishedAt());
        }
        String name = fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        long id = jobs.start(year, kind, name, null, sha256, user.username());
        ImportErrors errors = new ImportErrors(messages, locale);
        ImportContext context = new ImportContext(year, methodology, user, errors, entities);
        int rows = 0;
        try (KindImport importer = importer(kind, context, id)) {
            importer.begin();
            long readStarted = System.nanoTime();
            if (!errors.any()) {
                try {
                    rows = read(id, file, importer, errors);
                } catch (IOException | RuntimeException e) {
                    // Not the file's fault (a full disk, a lost connection): the job must not stay RUNNING.
                    jobs.refused(id, "FAILED", rows, 0, List.of());
                    throw e;
                }
            }
            log.info("Import {} ({} of {}): {} rows read and checked in {} ms, {} errors", id, kind.slug(), year, rows,
                    (System.nanoTime() - readStarted) / 1_000_000, errors.count());
            if (errors.any()) {
                jobs.refused(id, "REJECTED", rows, errors.count(), errors.kept());
                return jobs.find(id).orElseThrow();
            }
            int total = rows;
            jobs.progress(id, "WRITING", rows, rows);
            try {
                transaction.executeWithoutResult(status -> {
                    // One import of a kind per cycle at a time: two offices' files never interleave their writes.
                    jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("import:" + year + ":" + kind.slug())
                            .query((rs, n) -> 1).list();
                    long writeStarted = System.nanoTime();
                    importer.write();
                    jobs.completed(id, total);
                    log.info("Import {} ({} of {}): {} rows written in {} ms", id, kind.slug(), year, total,
                            (System.nanoTime() - writeStarted) / 1_000_000);
                    events.publishEvent(new ImportCompleted(id, year, kind.slug(), name, sha256, total, user.username()));
                });
            } catch (DomainException e) {
                refuse(id, rows, errors, e);
            } catch (DataAccessException e) {
                DomainException known = DomainException.fromDatabase(e).orElse(null);
                if (known == null) {
                    jobs.refused(id, "FAILED", rows, 0, List.of());
                    throw e;
                }
                refuse(id, rows, errors, known);
            } catch (RuntimeException e) {
                jobs.refused(id, "FAILED", rows, 0, List.of());
                throw e;
            }
        }
        return jobs.find(id).orElseThrow();
    }

    private void refuse(long id, int rows, ImportErrors errors, DomainException e) {
        errors.add(null, e.field(), e.messageKey(), e.arguments());
        jobs.refused(id, "REJECTED", rows, errors.count(), errors.kept());
    }

    /** ADMIN imports anything; an office head only rows of their provinces' entities (checked per row). */
    private static void requireImporter(PatuhUser user) {
        if (!user.isAdmin() && user.role() != id.patuh.identity.Role.OFFICE_HEAD) {
            throw DomainException.forbidden("exchange.import.forbidden");
        }
    }

    private Methodology methodologyOf(int year) {
        Cycle cycle = cycles.require(year);
        if (cycle.determined()) {
            throw DomainException.conflict("exchange.import.determined", year);
        }
        return methodologies.require(cycle.methodologyId());
    }

    private KindImport importer(ImportKind kind, ImportContext context, long id) {
        return switch (kind) {
            case UNIT_SCORES -> new UnitScoreImport(context, entities, directScores);
            case ENTITY_SCORES -> new EntityScoreImport(context, jdbc, id);
            case ANSWERS -> new AnswerImport(context, answers, cycles);
            case USER_INTERVIEWS -> new UserInterviewImport(context, bulkAnswers);
            case REGISTRY -> new RegistryImport(context, entities);
        };
    }

    /** Reads and checks every row; returns the number of data rows. */
    private int read(long id, Path file, KindImport importer, ImportErrors errors) throws IOException {
        ImportSheet sheet;
        try {
            sheet = ImportSheet.open(file);
        } catch (ImportSheet.Unreadable e) {
            errors.add(null, null, e.key(), e.arguments());
            return 0;
        }
        try (sheet) {
            jobs.fileType(id, sheet.type().name());
            Map<String, Integer> columns = columns(sheet.header(), importer, errors);
            if (errors.any()) {
                return 0;
            }
            int width = sheet.header().size();
            int rows = 0;
            ImportSheet.SheetRow row;
            while ((row = sheet.next()) != null) {
                rows++;
                for (int i = width; i < row.cells().length; i++) {
                    if (row.problems()[i] != null || !row.cells()[i].isBlank()) {
                        errors.add(row.number(), null, "exchange.import.row.beyondLastColumn", i + 1);
                        break;
                    }
                }
                importer.row(new ImportRowCells(row, columns, errors));
                if (rows % PROGRESS_EVERY == 0) {
                    jobs.progress(id, "READING", rows, null);
                }
            }
            if (rows == 0) {
                errors.add(null, null, "exchange.import.file.noRows");
            }
            return rows;
        } catch (ImportSheet.Unreadable e) {
            errors.add(null, null, e.key(), e.arguments());
            return 0;
        }
    }

    /** The header against the kind's columns: every required one, no unknown or repeated one (names ignore case). */
    private static Map<String, Integer> columns(List<String> header, KindImport importer, ImportErrors errors) {
        List<String> names = ImportSheet.normalised(header);
        Set<String> known = new HashSet<>(importer.required());
        known.addAll(importer.optional());
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                errors.add(1, header.get(i).strip(), "exchange.import.header.unknown", header.get(i).strip(),
                        String.join(", ", allColumns(importer)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(1, name, "exchange.import.header.repeated", name);
            }
        }
        for (String required : importer.required()) {
            if (!columns.containsKey(required)) {
                errors.add(1, required, "exchange.import.header.missing", required);
            }
        }
        return columns;
    }

    private static List<String> allColumns(KindImport importer) {
        List<String> all = new ArrayList<>(importer.required());
        all.addAll(importer.optional());
        return all;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
