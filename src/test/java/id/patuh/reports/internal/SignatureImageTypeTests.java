package id.patuh.reports.internal;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A signature image's type is told from its first bytes, never from its name or declared type. */
class SignatureImageTypeTests {

    @Test
    void realPngAndJpegFilesAreRecognisedByTheirMagicNumbers() throws IOException {
        assertThat(Signatures.mediaType(image("PNG"))).contains("image/png");
        assertThat(Signatures.mediaType(image("JPEG"))).contains("image/jpeg");
    }

    @Test
    void anythingElseIsNotASignatureImage() throws IOException {
        assertThat(Signatures.mediaType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Signatures.mediaType("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Signatures.mediaType("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Signatures.mediaType(new byte[] {(byte) 0x89, 'P', 'N'})).as("a truncated PNG header").isEmpty();
        assertThat(Signatures.mediaType(new byte[0])).isEmpty();
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
