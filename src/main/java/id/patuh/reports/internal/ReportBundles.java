package id.patuh.reports.internal;

import id.patuh.DomainException;
import id.patuh.PatuhProperties;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.registry.Provinces;
import id.patuh.results.Determination;
import id.patuh.results.Determinations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Bulk ZIPs of every certificate and rapor of a province or of the country, made in the background. Each PDF is written
 * to the job's directory under {@code PATUH_DATA_DIR/reports/jobs/<id>-<request time>/} as it is made (through a temporary file and a
 * rename, so a half-written file never counts), and progress is the count of those files; a job that a restart
 * interrupted is picked up again at start-up and only makes the files still missing. The ZIP is assembled at the end.
 */
@Service
public class ReportBundles {

    private static final Logger log = LoggerFactory.getLogger(ReportBundles.class);
    /** Each entity contributes a certificate and a rapor. */
    static final int DOCUMENTS_PER_ENTITY = 2;

    private final JdbcClient jdbc;
    private final Determinations determinations;
    private final ReportDocuments documents;
    private final ReportContents contents;
    private final Provinces provinces;
    private final Path root;
    private final int threads;
    // One job at a time; its documents are rendered by a small pool (the machine's cores, not more).
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> daemon(r, "report-bundles"));

    ReportBundles(JdbcClient jdbc, Determinations determinations, ReportDocuments documents, ReportContents contents,
                  Provinces provinces, PatuhProperties properties,
                  @org.springframework.beans.factory.annotation.Value("${patuh.reports.threads:0}") int threads) {
        this.jdbc = jdbc;
        this.determinations = determinations;
        this.documents = documents;
        this.contents = contents;
        this.provinces = provinces;
        this.root = properties.dataDir().resolve("reports").resolve("jobs");
        this.threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** A bulk job as its owner sees it; {@code provinceCode} null means the whole country. */
    public record Bundle(long id, int year, int version, String provinceCode, String provinceName, String status,
                         int total, int done, String requestedBy, OffsetDateTime requestedAt, OffsetDateTime finishedAt,
                         String failure) {

        /** Progress in whole percent. */
        public int percent() {
            return total == 0 ? 100 : (int) Math.floor(done * 100.0 / total);
        }

        public boolean finished() {
            return "DONE".equals(status) || "FAILED".equals(status);
        }

        /** The file name the ZIP is offered under. */
        public String fileName() {
            return "patuh-" + year + "-v" + version + "-" + (provinceCode == null ? "nasional" : "provinsi-" + provinceCode) + ".zip";
        }
    }

    /**
     * Queues a bulk job. HQ may bundle the country or any province (newest version, embargoed or not); an office head
     * only a province of its office, from the published version.
     */
    @Transactional
    public Bundle start(int year, String provinceCode, PatuhUser by, Locale locale) {
        String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.trim();
        if (by == null || !(by.isAdmin() || by.role() == Role.OFFICE_HEAD)) {
            throw DomainException.forbidden("reports.bundle.forbidden");
        }
        if (!by.isAdmin() && (province == null || !by.coversProvince(province))) {
            throw DomainException.forbidden("reports.bundle.outsideOffice");
        }
        if (province != null && provinces.find(province).isEmpty()) {
            throw DomainException.invalidField("provinceCode", "reports.bundle.unknownProvince", province);
        }
        Determination version = documents.versionFor(year, by);
        int entities = contents.entityCodes(version, province).size();
        if (entities == 0) {
            throw DomainException.conflict("reports.bundle.empty", year, province == null ? "-" : province);
        }
        long id = jdbc.sql("""
                        insert into report_jobs (year, version, province_code, language, status, total, requested_by)
                        values (?, ?, ?, ?, 'QUEUED', ?, ?) returning id""")
                .params(year, version.version(), province, "en".equals(locale.getLanguage()) ? "en" : "id",
                        entities * DOCUMENTS_PER_ENTITY, by.username())
                .query(Long.class).single();
        // Runs after the commit, so the worker sees the row.
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        jobs.submit(() -> run(id));
                    }
                });
        return find(id).orElseThrow();
    }

    /** Picks up what a restart interrupted, oldest first. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        List<Long> unfinished = jdbc.sql("select id from report_jobs where status in ('QUEUED', 'RUNNING') order by id")
                .query(Long.class).list();
        for (Long id : unfinished) {
            log.info("Resuming report bundle {}", id);
            jobs.submit(() -> run(id));
        }
    }

    public Optional<Bundle> find(long id) {
        return jdbc.sql("select * from report_jobs where id = ?").param(id).query(this::bundle).optional();
    }

    /** A job its reader may see: HQ any, others their own. */
    public Bundle require(long id, PatuhUser reader) {
        Bundle bundle = find(id).orElseThrow(() -> DomainException.notFound("reports.bundle.notFound", id));
        if (reader == null || !(reader.isAdmin() || reader.username().equals(bundle.requestedBy()))) {
            throw DomainException.notFound("reports.bundle.notFound", id);
        }
        return bundle;
    }

    /** The reader's jobs (HQ: everyone's), newest first. */
    public List<Bundle> list(PatuhUser reader) {
        if (reader.isAdmin()) {
            return jdbc.sql("select * from report_jobs order by id desc limit 50").query(this::bundle).list();
        }
        return jdbc.sql("select * from report_jobs where requested_by = ? order by id desc limit 50")
                .param(reader.username()).query(this::bundle).list();
    }

    /** The finished ZIP; "conflict" while the job is still running. */
    public Path zip(long id, PatuhUser reader) {
        Bundle bundle = require(id, reader);
        if (!"DONE".equals(bundle.status())) {
            throw DomainException.conflict("reports.bundle.notReady", id, bundle.percent());
        }
        return directory(bundle).resolve("bundle.zip");
    }

    private void run(long id) {
        Bundle bundle = find(id).orElse(null);
        if (bundle == null || bundle.finished()) {
            return;
        }
        jdbc.sql("update report_jobs set status = 'RUNNING' where id = ?").param(id).update();
        Path dir = directory(bundle);
        try {
            Files.createDirectories(dir.resolve("parts"));
            Determination version = versionOf(bundle);
            Locale locale = Locale.forLanguageTag(jdbc.sql("select language from report_jobs where id = ?").param(id)
                    .query(String.class).single());
            List<String> entities = contents.entityCodes(version, bundle.provinceCode());
            AtomicInteger done = new AtomicInteger(countParts(dir, entities));
            updateDone(id, done.get());
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "report-bundle-" + id));
            try {
                List<Future<?>> work = new ArrayList<>();
                for (String entity : entities) {
                    for (String kind : List.of("piagam", "rapor")) {
                        Path part = dir.resolve("parts").resolve(partName(entity, kind));
                        if (Files.exists(part)) {
                            continue;
                        }
                        work.add(pool.submit(() -> {
                            byte[] pdf = "piagam".equals(kind) ? documents.certificate(version, entity, null, locale)
                                    : documents.rapor(version, entity, null, locale);
                            write(part, pdf);
                            int now = done.incrementAndGet();
                            if (now % 20 == 0) {
                                updateDone(id, now);
                            }
                            return null;
                        }));
                    }
                }
                for (Future<?> future : work) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }
            updateDone(id, countParts(dir, entities));
            zip(dir, entities);
            jdbc.sql("update report_jobs set status = 'DONE', finished_at = now() where id = ?").param(id).update();
            log.info("Report bundle {} done: {} documents", id, countParts(dir, entities));
        } catch (Exception e) {
            log.error("Report bundle {} failed", id, e);
            jdbc.sql("update report_jobs set status = 'FAILED', finished_at = now(), failure = ? where id = ?")
                    .params(String.valueOf(e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e), id)
                    .update();
        }
    }

    private Determination versionOf(Bundle bundle) {
        // The job keeps the version it was started on; the header is only needed for the methodology and numbers.
        Determination newest = determinations.current(bundle.year()).orElseThrow();
        if (newest.version() == bundle.version()) {
            return newest;
        }
        // An office head's job uses the published version while a newer erratum waits for its publication time.
        Optional<Determination> published = determinations.published(bundle.year());
        if (published.isPresent() && published.get().version() == bundle.version()) {
            return published.get();
        }
        return new Determination(bundle.year(), bundle.version(), null, null, null, newest.methodologyId(), null, null,
                newest.errata().stream().filter(e -> e.version() <= bundle.version()).toList());
    }

    private static String partName(String entityCode, String kind) {
        return entityCode + "-" + kind + ".pdf";
    }

    private static void write(Path part, byte[] pdf) {
        try {
            Path temporary = Files.createTempFile(part.getParent(), "part", ".tmp");
            Files.write(temporary, pdf);
            Files.move(temporary, part, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void zip(Path dir, List<String> entities) throws IOException {
        Path temporary = Files.createTempFile(dir, "bundle", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
            // PDFs are compressed already: stored at the lowest level, zipping costs little time.
            zip.setLevel(1);
            for (String entity : entities) {
                for (String kind : List.of("piagam", "rapor")) {
                    zip.putNextEntry(new ZipEntry(entity + "/" + partName(entity, kind)));
                    Files.copy(dir.resolve("parts").resolve(partName(entity, kind)), zip);
                    zip.closeEntry();
                }
            }
        }
        Files.move(temporary, dir.resolve("bundle.zip"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The job's documents already written (its own expected files only). */
    private static int countParts(Path dir, List<String> entities) {
        int count = 0;
        for (String entity : entities) {
            for (String kind : List.of("piagam", "rapor")) {
                if (Files.exists(dir.resolve("parts").resolve(partName(entity, kind)))) {
                    count++;
                }
            }
        }
        return count;
    }

    private void updateDone(long id, int done) {
        jdbc.sql("update report_jobs set done = ? where id = ?").params(done, id).update();
    }

    /**
     * The job's own directory. Named by id and request time, not id alone: a database restored or re-created beside an
     * old data directory numbers jobs again from 1, and a new job must never pick up another job's PDFs as "done".
     */
    private Path directory(Bundle bundle) {
        return root.resolve(bundle.id() + "-" + bundle.requestedAt().toInstant().toEpochMilli());
    }

    private Bundle bundle(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String province = rs.getString("province_code");
        return new Bundle(rs.getLong("id"), rs.getInt("year"), rs.getInt("version"), province,
                province == null ? null : provinces.find(province).map(p -> p.name()).orElse(province),
                rs.getString("status"), rs.getInt("total"), rs.getInt("done"), rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getString("failure"));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
