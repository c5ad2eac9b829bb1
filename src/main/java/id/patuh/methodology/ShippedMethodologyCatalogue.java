package id.patuh.methodology;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Puts the shipped methodology versions into the database at start, so every cycle can refer to them by id. */
@Component
@Order(5)
class ShippedMethodologyCatalogue implements ApplicationRunner {

    private final Methodologies methodologies;

    ShippedMethodologyCatalogue(Methodologies methodologies) {
        this.methodologies = methodologies;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String id : ShippedMethodologies.IDS) {
            String resource = "methodologies/" + id + ".yaml";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("classpath resource " + resource + " is missing");
                }
                methodologies.storeShipped(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
