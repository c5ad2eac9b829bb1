package id.patuh.exchange.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The import attempts of each cycle. A job's start, progress and refusal are committed on their own (a separate
 * transaction), so someone polling sees a long file advance while the import's own writes stay invisible until done.
 */
@Repository
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate separately;

    private final Duration stalledAfter;

    ImportJobs(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions,
               @Value("${patuh.imports.stalled-after:PT30M}")
               Duration stalledAfter) {
        this.stalledAfter = stalledAfter;
        this.jdbc = jdbc;
        this.json = json;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Imports left {@code RUNNING} by a server that stopped mid-way are marked {@code FAILED}: their writes were never
     * committed (an import writes in one transaction), and a job must not look alive forever. Several instances may
     * share the database, so only a job without progress for {@code patuh.imports.stalled-after} counts as stopped;
     * checked at start-up and every five minutes. A long write that outlives the limit is set back to
     * {@code COMPLETED} by its own commit.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void failStalled() {
        List<Long> stalled = jdbc.sql("""
                        update import_jobs set status = 'FAILED', stage = 'DONE', finished_at = now()
                        where status = 'RUNNING' and progress_at < now() - cast(? as interval) returning id""")
                .param(stalledAfter.toSeconds() + " seconds")
                .query(Long.class).list();
        if (!stalled.isEmpty()) {
            log.warn("Imports {} showed no progress for {} (their server stopped); marked FAILED, nothing of them "
                    + "was written", stalled, stalledAfter);
        }
    }

    /** The newest completed import of a kind for a cycle, if any. */
    Optional<ImportReport> latestCompleted(int year, ImportKind kind) {
        return jdbc.sql(SELECT + " where year = ? and kind = ? and status = 'COMPLETED' order by id desc limit 1")
                .params(year, kind.slug()).query(this::report).optional();
    }

    long start(int year, ImportKind kind, String fileName, String fileType, String sha256, String startedBy) {
        return separately.execute(status -> jdbc.sql("""
                        insert into import_jobs (year, kind, file_name, file_type, sha256, status, started_by)
                        values (?, ?, ?, ?, ?, 'RUNNING', ?) returning id""")
                .params(year, kind.slug(), fileName, fileType, sha256, startedBy).query(Long.class).single());
    }

    void progress(long id, String stage, int done, Integer total) {
        separately.executeWithoutResult(status -> jdbc.sql(
                        "update import_jobs set stage = ?, rows_done = ?, rows_total = ?, progress_at = now() where id = ?")
                .params(stage, done, total, id).update());
    }

    void fileType(long id, String fileType) {
        separately.executeWithoutResult(status -> jdbc.sql("update import_jobs set file_type = ? where id = ?")
                .params(fileType, id).update());
    }

    /** Marks the job completed — inside the import's transaction, so it commits with the rows. */
    void completed(long id, int rows) {
        jdbc.sql("""
                        update import_jobs set status = 'COMPLETED', stage = 'DONE', rows_done = ?, rows_total = ?,
                                               finished_at = now() where id = ?""")
                .params(rows, rows, id).update();
    }

    void refused(long id, String status, int rows, int errorCount, List<ImportError> errors) {
        separately.executeWithoutResult(s -> jdbc.sql("""
                        update import_jobs set status = ?, stage = 'DONE', rows_done = ?, rows_total = ?, error_count = ?,
                                               errors = cast(? as jsonb), finished_at = now() where id = ?""")
                .params(status, rows, rows, errorCount, json.writeValueAsString(errors), id).update());
    }

    public Optional<ImportReport> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::report).optional();
    }

    /** A cycle's imports, newest first. */
    public List<ImportReport> ofYear(int year, int limit) {
        return jdbc.sql(SELECT + " where year = ? order by id desc limit ?").params(year, limit).query(this::report).list();
    }

    private static final String SELECT = """
            select id, year, kind, status, stage, rows_done, rows_total, sha256, file_name, error_count, errors::text,
                   started_by, started_at, finished_at from import_jobs""";

    private ImportReport report(ResultSet rs, int n) throws SQLException {
        String errors = rs.getString("errors");
        return new ImportReport(rs.getLong("id"), rs.getInt("year"), rs.getString("kind"), rs.getString("status"),
                rs.getString("stage"), rs.getInt("rows_done"), (Integer) rs.getObject("rows_total"),
                rs.getString("sha256"), rs.getString("file_name"), rs.getInt("error_count"),
                errors == null ? List.of() : json.readValue(errors, new TypeReference<List<ImportError>>() { }),
                rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
