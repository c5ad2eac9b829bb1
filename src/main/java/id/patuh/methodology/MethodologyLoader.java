package id.patuh.methodology;

import id.patuh.methodology.internal.MethodologyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads a methodology from its YAML text (format: {@code src/main/resources/methodologies/README.md}). A file is
 * accepted whole or rejected whole: {@link InvalidMethodologyException} lists every error with its path. Stateless
 * and thread-safe.
 */
public final class MethodologyLoader {

    /**
     * @throws InvalidMethodologyException if the text is not well-formed YAML or breaks any rule of the format
     */
    public Methodology load(String yaml) {
        return MethodologyReader.read(yaml);
    }

    /**
     * Reads the stream to its end as UTF-8 (a byte-order mark is ignored); the caller closes it.
     *
     * @throws InvalidMethodologyException if the text is not valid UTF-8, not well-formed YAML, or breaks any rule
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Methodology load(InputStream yaml) {
        byte[] bytes;
        try {
            bytes = yaml.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read methodology", e);
        }
        return MethodologyReader.read(bytes);
    }
}
