package id.patuh.storage;

/** A file as stored: its key in the store, the SHA-256 of its bytes (lower-case hex) and its length in bytes. */
public record StoredFile(String key, String sha256, long size) {
}
