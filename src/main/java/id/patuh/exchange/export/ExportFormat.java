package id.patuh.exchange.export;

import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The two file formats lists are exported in, named by the extension of the requested path. */
enum ExportFormat {

    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8));

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format of an extension the request mappings already restricted to {@code xlsx|csv}. */
    static ExportFormat of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }
}
