package id.patuh.results;

import id.patuh.PatuhApplication;
import id.patuh.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's synthetic cycles: complete, consistent and clearly not Ombudsman data. */
class DemoResultsIntegrationTests {

    @Test
    void aDemoStartHasTwoCompleteSyntheticCyclesRecordedByTheDemo() {
        TestDatabases.Connection database = TestDatabases.fresh();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PatuhApplication.class).run(
                "--server.port=0", "--patuh.db.url=" + database.url(), "--patuh.db.user=" + database.user(),
                "--patuh.db.password=" + (database.password() == null ? "" : database.password()),
                "--patuh.demo-data=true", "--patuh.demo-results=true")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            CycleResults results = app.getBean(CycleResults.class);
            assertThat(jdbc.sql("select year from cycles order by year").query(Integer.class).list()).containsExactly(2023, 2024);
            assertThat(jdbc.sql("select distinct recorded_by from direct_unit_scores").query(String.class).list())
                    .containsExactly("demo");
            List<EntityResultRow> banten = results.entities(2024, new ResultFilter(null, "36"));
            assertThat(banten).hasSize(9).allSatisfy(row -> {
                assertThat(row.complete()).isTrue();
                assertThat(row.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
                assertThat(row.previous()).isNotNull();
            });
            EntityResultDetail pandeglang = results.entity(2024, "36.01");
            assertThat(pandeglang.units()).allSatisfy(unit -> assertThat(unit.dimensions().values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add).subtract(unit.score()).abs()).isLessThanOrEqualTo(new BigDecimal("0.01")));
        }
    }
}
