package id.patuh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run's database: a real PostgreSQL whose files live in PATUH_DATA_DIR and survive a restart. */
class EmbeddedDatabaseIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDatabaseKeepsItsDataUnderTheDataDirectoryAcrossRestarts() throws Exception {
        try (DatabaseConfiguration.EmbeddedDatabase database = DatabaseConfiguration.EmbeddedDatabase.start(dataDir)) {
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("create table kept (note text)");
                statement.execute("insert into kept values ('survives a restart')");
            }
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();
        try (DatabaseConfiguration.EmbeddedDatabase database = DatabaseConfiguration.EmbeddedDatabase.start(dataDir);
             var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note, version() from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("survives a restart");
            assertThat(rows.getString(2)).startsWith("PostgreSQL 15");
        }
    }
}
