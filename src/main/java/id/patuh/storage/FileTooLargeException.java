package id.patuh.storage;

/** Content passed the size limit given to {@link FileStore#put}; nothing was stored. */
public class FileTooLargeException extends RuntimeException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("The content is longer than " + maxBytes + " bytes; nothing was stored");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
