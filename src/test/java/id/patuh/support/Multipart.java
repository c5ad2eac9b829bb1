package id.patuh.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data request body built part by part, as a browser or {@code curl -F} sends one. */
public final class Multipart {

    public static final String BOUNDARY = "----patuh-test-boundary-7d3f";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private Multipart() {
    }

    public static Multipart form() {
        return new Multipart();
    }

    /** The body of one part named {@code file}, as every upload route of Patuh takes its file. */
    public static byte[] file(String fileName, byte[] content) {
        return form().file("file", fileName, "application/octet-stream", content).bytes();
    }

    public Multipart field(String name, String value) {
        return part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        return part(name, fileName, contentType, content);
    }

    /** A part; without a file name it is a plain form field. */
    public Multipart part(String name, String fileName, String contentType, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append('"');
        if (fileName != null) {
            head.append("; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(contentType);
        }
        head.append("\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The body, closed by the final boundary. */
    public byte[] bytes() {
        ByteArrayOutputStream closed = new ByteArrayOutputStream();
        closed.writeBytes(body.toByteArray());
        closed.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return closed.toByteArray();
    }
}
