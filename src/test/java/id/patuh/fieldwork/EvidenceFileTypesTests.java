package id.patuh.fieldwork;

import id.patuh.fieldwork.internal.FileSignatures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence types are told from the first bytes only: the four accepted formats, and lookalikes that are not. */
class EvidenceFileTypesTests {

    @Test
    void theFourAcceptedFormatsAreRecognisedByTheirSignatures() {
        assertThat(FileSignatures.mediaType(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1))).hasValue("image/jpeg");
        assertThat(FileSignatures.mediaType(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13))).hasValue("image/png");
        assertThat(FileSignatures.mediaType(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P'))).hasValue("image/webp");
        assertThat(FileSignatures.mediaType("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).hasValue("application/pdf");
    }

    @Test
    void programsTextAndOtherContainersAreNotEvidence() {
        assertThat(FileSignatures.mediaType(bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0))).isEmpty();
        assertThat(FileSignatures.mediaType("photo.jpg is text".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileSignatures.mediaType(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E'))).as("a WAV file").isEmpty();
        assertThat(FileSignatures.mediaType(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).as("junk before the header").isEmpty();
        assertThat(FileSignatures.mediaType(bytes(0x89, 'P', 'N', 'G'))).as("a cut-off signature").isEmpty();
        assertThat(FileSignatures.mediaType(new byte[0])).isEmpty();
    }

    @Test
    void aFileNameKeepsNoFolderOrControlCharactersAndNoFileNameGetsOneFromItsType() {
        assertThat(EvidenceFiles.name("C:\\Users\\asesor\\DCIM\\foto loket.jpg", "image/jpeg")).isEqualTo("foto loket.jpg");
        assertThat(EvidenceFiles.name("../../etc/passwd\u0000.png", "image/png")).isEqualTo("passwd.png");
        assertThat(EvidenceFiles.name(null, "application/pdf")).isEqualTo("evidence.pdf");
        assertThat(EvidenceFiles.name("x".repeat(300) + ".webp", "image/webp")).hasSize(EvidenceFiles.MAX_NAME_LENGTH);
    }

    @Test
    void limitsReadAsPeopleWriteThem() {
        assertThat(EvidenceFiles.readable(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(EvidenceFiles.readable(64 * 1024)).isEqualTo("64 KB");
        assertThat(EvidenceFiles.readable(1000)).isEqualTo("1000 B");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
