package id.patuh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Patuh: Ombudsman RI's public-service compliance assessment, from methodology to published results. */
@SpringBootApplication
@ConfigurationPropertiesScan
// Scheduled jobs of several modules (overdue reminders, the stalled-import sweep); schedules sit on the jobs.
@EnableScheduling
public class PatuhApplication {

    public static void main(String[] args) {
        SpringApplication.run(PatuhApplication.class, args);
    }
}
