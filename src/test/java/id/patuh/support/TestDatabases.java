package id.patuh.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where tests keep their data: a throw-away database on the server named by {@code PATUH_TEST_DB_URL} (created for
 * this run and dropped at exit), or else an embedded PostgreSQL started once per test JVM.
 */
public final class TestDatabases {

    /** Connection settings of one test database. */
    public record Connection(String url, String user, String password) {
    }

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
    private static EmbeddedPostgres embedded;
    private static Connection shared;

    private TestDatabases() {
    }

    /** The database all Spring tests of this JVM share. */
    public static synchronized Connection shared() {
        if (shared == null) {
            shared = fresh();
        }
        return shared;
    }

    /** A new empty database, for tests that need a first start (empty registry, no accounts). */
    public static synchronized Connection fresh() {
        String server = setting("PATUH_TEST_DB_URL");
        String name = "patuh_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (server != null) {
            String user = setting("PATUH_TEST_DB_USER") == null ? "postgres" : setting("PATUH_TEST_DB_USER");
            String password = setting("PATUH_TEST_DB_PASSWORD");
            Matcher url = JDBC_URL.matcher(server);
            if (!url.matches()) {
                throw new IllegalStateException("PATUH_TEST_DB_URL must look like jdbc:postgresql://host:port/database, was " + server);
            }
            execute(server, user, password, "create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    execute(server, user, password, "drop database if exists " + name + " with (force)");
                } catch (RuntimeException e) {
                    System.err.println("Could not drop test database " + name + ": " + e.getMessage());
                }
            }));
            return new Connection(url.group(1) + name + (url.group(3) == null ? "" : url.group(3)), user, password);
        }
        EmbeddedPostgres postgres = embedded();
        execute(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null, "create database " + name);
        return new Connection(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    private static EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary directory goes with it
                }
            }));
        }
        return embedded;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (java.sql.Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed on " + url + ": " + sql, e);
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }
}
