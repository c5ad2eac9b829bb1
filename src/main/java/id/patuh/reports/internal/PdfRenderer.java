package id.patuh.reports.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Thymeleaf XHTML templates to A4 PDFs with openhtmltopdf. Only DejaVu fonts are used and they are embedded (subset),
 * so Indonesian text and any diacritics in names print the same on every machine and printer.
 */
@Component
class PdfRenderer {

    private static final String[][] FACES = {
            {"DejaVuSans.ttf", "DejaVu Sans", "400", "NORMAL"},
            {"DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "NORMAL"},
            {"DejaVuSans-Oblique.ttf", "DejaVu Sans", "400", "ITALIC"},
            {"DejaVuSerif.ttf", "DejaVu Serif", "400", "NORMAL"},
            {"DejaVuSerif-Bold.ttf", "DejaVu Serif", "700", "NORMAL"},
            {"DejaVuSerif-Italic.ttf", "DejaVu Serif", "400", "ITALIC"},
    };

    private final ITemplateEngine templates;
    private final Path fontDir;
    private volatile byte[][] fonts;

    PdfRenderer(ITemplateEngine templates,
                @Value("${patuh.reports.font-dir:/usr/share/fonts/truetype/dejavu}") Path fontDir) {
        this.templates = templates;
        this.fontDir = fontDir;
    }

    /**
     * Read once, on the first document: every document embeds a subset of the same faces. Not at start-up, so a
     * machine without the fonts still runs everything else and the first PDF names what is missing.
     */
    private byte[][] fonts() {
        if (fonts != null) {
            return fonts;
        }
        byte[][] read = new byte[FACES.length][];
        for (int i = 0; i < FACES.length; i++) {
            Path file = fontDir.resolve(FACES[i][0]);
            try {
                read[i] = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalStateException("PDF reports need the DejaVu fonts (Debian: apt-get install fonts-dejavu-core),"
                        + " or patuh.reports.font-dir pointing at them; missing " + file, e);
            }
        }
        fonts = read;
        return read;
    }

    /** The template {@code reports/pdf/<name>} rendered with {@code model} in {@code locale}, as PDF bytes. */
    byte[] render(String name, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        String xhtml = templates.process("reports/pdf/" + name, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            byte[][] faces = fonts();
            for (int i = 0; i < FACES.length; i++) {
                byte[] bytes = faces[i];
                builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), FACES[i][1], Integer.parseInt(FACES[i][2]),
                        BaseRendererBuilder.FontStyle.valueOf(FACES[i][3]), true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
