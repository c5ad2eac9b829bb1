package id.patuh.storage.internal;

import id.patuh.PatuhProperties;
import id.patuh.storage.FileTooLargeException;
import id.patuh.storage.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local file store keeps each distinct content once, under its SHA-256, and nothing of a refused upload. */
class LocalFileStoreTests {

    @TempDir
    Path dataDir;

    @Test
    void storedBytesComeBackUnderTheirSha256() throws Exception {
        LocalFileStore store = store();
        byte[] content = "bukti kunjungan".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = store.put(new ByteArrayInputStream(content), 1024);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(stored).isEqualTo(new StoredFile(sha256, sha256, content.length));
        assertThat(store.exists(stored.key())).isTrue();
        try (InputStream in = store.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void theSameBytesTwiceAreKeptOnce() throws IOException {
        LocalFileStore store = store();
        byte[] content = new byte[200_000];
        StoredFile first = store.put(new ByteArrayInputStream(content), content.length);
        StoredFile second = store.put(new ByteArrayInputStream(content), content.length);
        assertThat(second).isEqualTo(first);
        assertThat(regularFiles()).isEqualTo(1);
    }

    @Test
    void contentOverTheLimitLeavesNothingBehind() throws IOException {
        LocalFileStore store = store();
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[100_001]), 100_000))
                .isInstanceOf(FileTooLargeException.class);
        assertThat(regularFiles()).isZero();
    }

    @Test
    void keysThatAreNotSha256NeverBecomePaths() {
        LocalFileStore store = store();
        assertThat(store.exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> store.open("../" + "a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.exists("0".repeat(64))).as("well-formed but never stored").isFalse();
    }

    private LocalFileStore store() {
        return new LocalFileStore(new PatuhProperties(dataDir, null, null, null, null));
    }

    private long regularFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
