package id.patuh.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The methodology versions shipped on the classpath as {@code methodologies/<id>.yaml}. */
public final class ShippedMethodologies {

    /** Every shipped id, oldest methodology first. */
    public static final List<String> IDS = List.of("ombudsman-legacy", "ombudsman-2022", "ombudsman-2025");

    private static final MethodologyLoader LOADER = new MethodologyLoader();

    private ShippedMethodologies() {
    }

    /**
     * Loads a shipped methodology and checks that the file declares the id it is stored under.
     *
     * @throws IllegalArgumentException if {@code id} is not shipped
     * @throws InvalidMethodologyException if the shipped file is invalid
     */
    public static Methodology load(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("no shipped methodology " + id + "; shipped: " + IDS);
        }
        String resource = "methodologies/" + id + ".yaml";
        try (InputStream in = ShippedMethodologies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource + " is missing");
            }
            Methodology methodology = LOADER.load(in);
            if (!methodology.id().equals(id)) {
                throw new IllegalStateException(resource + " declares id " + methodology.id());
            }
            return methodology;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
