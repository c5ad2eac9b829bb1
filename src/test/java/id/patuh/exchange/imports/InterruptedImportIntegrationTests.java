package id.patuh.exchange.imports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import cut off by a server stop never committed its rows; once it has shown no progress for the stall limit its
 * job reads FAILED instead of RUNNING for ever, while another instance's live import is left alone. Year 2095 belongs
 * to this class.
 */
@SpringBootTest
class InterruptedImportIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Test
    void anImportWithoutProgressForTheStallLimitIsMarkedFailedAndALiveOneIsLeftAlone() {
        long stopped = jobs.start(2095, ImportKind.REGISTRY, "unit.csv", "CSV", "c".repeat(64), "admin.demo");
        jobs.progress(stopped, "WRITING", 40_000, 65_000);
        jdbc.sql("update import_jobs set progress_at = now() - interval '2 hours' where id = ?").param(stopped).update();
        long live = jobs.start(2095, ImportKind.REGISTRY, "unit-2.csv", "CSV", "d".repeat(64), "admin.demo");
        jobs.progress(live, "READING", 5_000, null);

        jobs.failStalled();

        ImportReport after = jobs.find(stopped).orElseThrow();
        assertThat(after.status()).isEqualTo("FAILED");
        assertThat(after.stage()).isEqualTo("DONE");
        assertThat(after.finishedAt()).isNotNull();
        assertThat(jobs.find(live).orElseThrow().status()).as("still reading on another server").isEqualTo("RUNNING");
        jdbc.sql("update import_jobs set status = 'FAILED', stage = 'DONE' where id = ?").param(live).update();
    }
}
