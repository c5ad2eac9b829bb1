package id.patuh;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one DataSource: an external PostgreSQL when {@code PATUH_DB_URL} is set, otherwise a real PostgreSQL
 * started from Maven-shipped binaries with its files under {@code PATUH_DATA_DIR/postgres}, so a fresh
 * machine with only a JDK runs the same SQL as production.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PatuhProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("patuh");
        config.setMaximumPoolSize(10);
        PatuhProperties.Database db = properties.db();
        if (db.external()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
            log.info("Using the external PostgreSQL at {}", db.url());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PatuhProperties properties) {
        return properties.db().external() ? EmbeddedDatabase.none() : EmbeddedDatabase.start(properties.dataDir());
    }

    /** The embedded server's lifecycle: started before the pool and stopped after it. */
    static final class EmbeddedDatabase implements AutoCloseable {

        private final EmbeddedPostgres postgres;

        private EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        static EmbeddedDatabase start(Path dataDir) {
            Path directory = dataDir.toAbsolutePath().normalize().resolve("postgres");
            try {
                Files.createDirectories(directory.getParent());
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("max_connections", "50")
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale", "C")
                        .start();
                try (var connection = postgres.getPostgresDatabase().getConnection();
                     var statement = connection.createStatement()) {
                    var exists = statement.executeQuery("select 1 from pg_database where datname = 'patuh'");
                    if (!exists.next()) {
                        statement.execute("create database patuh");
                    }
                }
                log.info("Embedded PostgreSQL {} running on port {} with its data in {}",
                        "15", postgres.getPort(), directory);
                return new EmbeddedDatabase(postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory
                        + " (is another Patuh using this data directory? set PATUH_DATA_DIR or PATUH_DB_URL)", e);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("The embedded PostgreSQL started but refused to create the database 'patuh'", e);
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "patuh");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
