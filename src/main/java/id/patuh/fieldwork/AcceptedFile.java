package id.patuh.fieldwork;

/**
 * A photo or PDF that passed the evidence rules (type told from the bytes, not empty, within the size limit) and is
 * in the file store under {@code key}; {@code name} is the sender's file name, cleaned for display.
 */
public record AcceptedFile(String key, String sha256, long size, String mediaType, String name) {
}
