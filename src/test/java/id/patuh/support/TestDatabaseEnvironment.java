package id.patuh.support;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Points every Spring test context at the shared test database and turns demo data on (the demo accounts are the
 * tests' fixtures), unless a test already chose a database itself; {@code patuh.test.own-database=true} gives a test
 * class a fresh database of its own.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("patuh.db.url");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        // A test class whose specifications read "the newest published year" of an entity asks for a database of its
        // own: other classes publish later years of the same demo entities in the shared one.
        TestDatabases.Connection database = environment.getProperty("patuh.test.own-database", Boolean.class, false)
                ? TestDatabases.fresh() : TestDatabases.shared();
        Map<String, Object> properties = new HashMap<>();
        properties.put("patuh.db.url", database.url());
        properties.put("patuh.db.user", database.user());
        properties.put("patuh.db.password", database.password() == null ? "" : database.password());
        if (environment.getProperty("patuh.demo-data", "").isBlank()) {
            properties.put("patuh.demo-data", "true");
        }
        if (environment.getProperty("patuh.demo-results", "").isBlank()) {
            // Tests build their own cycles; the synthetic demo results have a test of their own.
            properties.put("patuh.demo-results", "false");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("patuhTestDatabase", properties));
    }
}
