package id.patuh;

import id.patuh.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A first start on an empty external database: the registry loads, the first admin appears, no demo data. */
class FirstStartIntegrationTests {

    @Test
    void anEmptyServerDatabaseGetsTheRegistryAndTheConfiguredAdminButNoDemoData() {
        TestDatabases.Connection database = TestDatabases.fresh();
        try (ConfigurableApplicationContext first = start(database)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from provinces")).isEqualTo(38);
            assertThat(count(jdbc, "select count(*) from entities where type in ('PEMPROV', 'PEMKAB', 'PEMKOT')")).isEqualTo(38 + 416 + 98);
            assertThat(jdbc.sql("select username || ':' || role from users").query(String.class).list())
                    .containsExactly("hq.admin:ADMIN");
            assertThat(count(jdbc, "select count(*) from service_units")).isZero();
        }
        try (ConfigurableApplicationContext again = start(database)) {
            JdbcClient jdbc = again.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from users")).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from entities where type = 'PEMKAB'")).isEqualTo(416);
        }
    }

    private static ConfigurableApplicationContext start(TestDatabases.Connection database) {
        // Command-line arguments, because they outrank application.yml as the environment variables would.
        return new SpringApplicationBuilder(PatuhApplication.class).run(
                "--server.port=0",
                "--patuh.db.url=" + database.url(),
                "--patuh.db.user=" + database.user(),
                "--patuh.db.password=" + (database.password() == null ? "" : database.password()),
                "--patuh.admin.username=hq.admin",
                "--patuh.admin.password=a-long-admin-password");
    }

    private static int count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
