package id.patuh.exchange.imports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import cut off by a server stop never committed its rows; at the next start its job reads FAILED instead of
 * RUNNING for ever. Year 2095 belongs to this class.
 */
@SpringBootTest
class InterruptedImportIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Test
    void anImportLeftRunningByAStoppedServerIsMarkedFailedAtStartUp() {
        long id = jobs.start(2095, ImportKind.REGISTRY, "unit.csv", "CSV", "c".repeat(64), "admin.demo");
        jobs.progress(id, "WRITING", 40_000, 65_000);
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo("RUNNING");

        jobs.failInterrupted();

        ImportReport after = jobs.find(id).orElseThrow();
        assertThat(after.status()).isEqualTo("FAILED");
        assertThat(after.stage()).isEqualTo("DONE");
        assertThat(after.finishedAt()).isNotNull();
        assertThat(jdbc.sql("select count(*) from import_jobs where status = 'RUNNING'").query(Long.class).single()).isZero();
    }
}
