package id.patuh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Patuh: Ombudsman RI's public-service compliance assessment, from methodology to published results. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PatuhApplication {

    public static void main(String[] args) {
        SpringApplication.run(PatuhApplication.class, args);
    }
}
