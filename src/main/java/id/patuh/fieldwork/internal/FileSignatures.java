package id.patuh.fieldwork.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The media type of evidence, told from its first bytes (the format's magic number). A file name or a client's
 * Content-Type says what the sender claims; the bytes say what a browser or viewer will actually parse.
 */
public final class FileSignatures {

    /** How many leading bytes {@link #mediaType(byte[])} needs to recognise every accepted format. */
    public static final int HEADER_BYTES = 12;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private FileSignatures() {
    }

    /** image/jpeg, image/png, image/webp or application/pdf; empty for anything else. */
    public static Optional<String> mediaType(byte[] header) {
        if (startsWith(header, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(header, 0, PNG)) {
            return Optional.of("image/png");
        }
        // A WebP file is a RIFF container (4 bytes "RIFF", 4 bytes of length) whose form type is "WEBP".
        if (startsWith(header, 0, RIFF) && startsWith(header, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        // Readers tolerate junk before "%PDF-"; we do not, so that nothing else can pass for a PDF.
        if (startsWith(header, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] header, int offset, byte[] signature) {
        return header.length >= offset + signature.length
                && Arrays.equals(header, offset, offset + signature.length, signature, 0, signature.length);
    }
}
