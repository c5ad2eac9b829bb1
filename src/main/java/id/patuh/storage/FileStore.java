package id.patuh.storage;

import java.io.InputStream;

/**
 * The one storage port for files (evidence, later reports). Files are content-addressed: the key follows from the
 * SHA-256 of the bytes, so storing the same bytes twice keeps one copy and a stored file never changes.
 */
public interface FileStore {

    /**
     * Stores {@code content} (read to its end, not closed) unless it is longer than {@code maxBytes}, in which case
     * nothing is kept and {@link FileTooLargeException} is thrown as soon as the limit is passed.
     */
    StoredFile put(InputStream content, long maxBytes);

    /** The bytes stored under {@code key}; the caller closes the stream. Fails when there is no such file. */
    InputStream open(String key);

    boolean exists(String key);
}
