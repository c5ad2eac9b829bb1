package id.patuh.storage.internal;

import id.patuh.PatuhProperties;
import id.patuh.storage.FileStore;
import id.patuh.storage.FileTooLargeException;
import id.patuh.storage.StoredFile;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The default {@link FileStore}: files under {@code ${patuh.data-dir}/files/}, each named by the SHA-256 of its bytes
 * in a folder of its first two hex digits (so no folder grows to millions of entries). An upload is written to a
 * temporary file while it is hashed and then moved into place in one step, so a reader never sees half a file and an
 * upload refused half-way leaves nothing behind.
 */
@Component
class LocalFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    // Inside the root, so the final move never crosses a file system and stays atomic.
    private final Path incoming;

    LocalFileStore(PatuhProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize().resolve("files");
        this.incoming = root.resolve(".incoming");
    }

    @Override
    public StoredFile put(InputStream content, long maxBytes) {
        try {
            Files.createDirectories(incoming);
            Path temporary = Files.createTempFile(incoming, "upload-", ".part");
            try {
                MessageDigest sha256 = sha256();
                long size = 0;
                try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    byte[] buffer = new byte[64 * 1024];
                    int read;
                    while ((read = content.read(buffer)) != -1) {
                        size += read;
                        if (size > maxBytes) {
                            // Stop at once: the rest of an oversized upload is never read, let alone kept.
                            throw new FileTooLargeException(maxBytes);
                        }
                        sha256.update(buffer, 0, read);
                        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
                        while (bytes.hasRemaining()) {
                            out.write(bytes);
                        }
                    }
                    // Evidence may be all there is of a visit: make sure the bytes are on disk before anyone refers to them.
                    out.force(true);
                }
                String hex = HexFormat.of().formatHex(sha256.digest());
                Path target = path(hex);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    try {
                        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (FileAlreadyExistsException sameBytesStoredMeanwhile) {
                        // Another upload of identical bytes won the race; its copy is ours as well.
                    }
                }
                return new StoredFile(hex, hex, size);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a file under " + root, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open stored file " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(path(key));
    }

    /** Keys are checked before they become paths, so no key can point outside the store. */
    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a key of this store: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
