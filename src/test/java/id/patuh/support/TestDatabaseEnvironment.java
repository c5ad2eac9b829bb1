package id.patuh.support;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Points every Spring test context at the shared test database and turns demo data on (the demo accounts are the
 * tests' fixtures), unless a test already chose a database itself.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("patuh.db.url");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        TestDatabases.Connection database = TestDatabases.shared();
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
