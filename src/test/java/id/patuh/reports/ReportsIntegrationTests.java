package id.patuh.reports;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.patuh.support.AnswerSheets;
import id.patuh.support.Multipart;
import id.patuh.support.HttpCalls;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rapor and piagam PDFs over HTTP: their text, their QR code, the verification page, errata, embargo, the signature
 * block and bulk ZIPs. Years 2068–2072 belong to this class (the test database is shared by the JVM's test classes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.public-url=https://patuh.ombudsman.example")
class ReportsIntegrationTests {

    static final String PUBLIC_URL = "https://patuh.ombudsman.example";
    static final String PAST = "2020-01-01T00:00:00+07:00";
    static final String FUTURE = "2099-01-01T00:00:00+07:00";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private HttpCalls admin() {
        return HttpCalls.anonymous(port).as("admin.demo");
    }

    @Test
    void aReportForACycleWithoutDeterminedResultsIsRefusedWithTheReason() {
        open(2068);
        score(2068, "36.01", "DUKCAPIL", "90.00");
        HttpResponse<String> refused = admin().get("/api/v1/cycles/2068/entities/36.01/rapor.pdf");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(refused).get("detail").asString()).contains("2068").contains("belum memiliki hasil yang ditetapkan");
        assertThat(json(admin().inEnglish().get("/api/v1/cycles/2068/entities/36.01/certificate.pdf")).get("detail").asString())
                .contains("has no determined results");
        HttpResponse<String> forEntity = HttpCalls.anonymous(port).as("koordinator.pandeglang")
                .get("/api/v1/cycles/2068/entities/36.01/rapor.pdf");
        assertThat(forEntity.statusCode()).as("nobody but HQ learns whether an undetermined cycle exists").isEqualTo(404);
        assertThat(json(forEntity).get("detail").asString()).contains("belum ditetapkan atau belum dipublikasikan");
        assertThat(HttpCalls.anonymous(port).get("/api/v1/cycles/2068/entities/36.01/certificate.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theRaporStatesTheDeterminedResultAndItsFindingsMostPointsAtStakeFirst() throws Exception {
        determinedWithFindings(2069);
        HttpResponse<byte[]> pdf = HttpCalls.anonymous(port).as("koordinator.pandeglang")
                .getBytes("/api/v1/cycles/2069/entities/36.01/rapor.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        String text = text(pdf.body());
        JsonNode result = json(admin().get("/api/v1/cycles/2069/results/36.01"));
        assertThat(text).contains("Rapor Penilaian Kepatuhan Standar Pelayanan Publik 2069")
                .contains("Pemerintah Kabupaten Pandeglang")
                .contains(result.get("score").asString())
                .contains(result.get("category").asString())
                .contains(result.get("opinion").asString())
                .contains("Keputusan Nomor 9/RAPOR/2069")
                .contains("PERINGKAT DI PROVINSI 1 dari 2");
        assertThat(text).as("the assessor's note and the methodology's recommendation")
                .contains("Dua dari empat pelaksana tidak mengenal Pasal 21")
                .contains("Sosialisasikan 14 komponen standar pelayanan kepada seluruh pelaksana")
                .contains("Tetapkan uraian tugas dan kewenangan setiap pelaksana");
        assertThat(text.indexOf("IN.KP.01")).as("IN.KP.01 (weight 12.22, level 0) puts more points at stake than IN.KP.02")
                .isLessThan(text.indexOf("IN.KP.02")).isPositive();
        assertThat(text).as("a unit scored directly has no indicator findings, and says so")
                .contains("Nilai unit ini dicatat langsung");
        assertThat(text).contains("Rata-rata pemerintah daerah di Provinsi Banten");
        PDDocument document = Loader.loadPDF(pdf.body());
        try (document) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width in points").isBetween(594f, 597f);
            assertEmbeddedFonts(document);
            png(document, 0, "reports-rapor-2069-36.01.png");
            png(document, document.getNumberOfPages() - 1, "reports-rapor-2069-36.01-findings.png");
        }

        HttpCalls operator = HttpCalls.anonymous(port).as("operator.pandeglang");
        HttpResponse<byte[]> unit = operator.getBytes("/api/v1/cycles/2069/entities/36.01/units/DUKCAPIL/rapor.pdf");
        assertThat(unit.statusCode()).isEqualTo(200);
        assertThat(text(unit.body())).contains("Dinas Kependudukan dan Pencatatan Sipil").contains("IN.KP.01").contains("Rata-rata nasional unit Dukcapil");
        assertThat(operator.get("/api/v1/cycles/2069/entities/36.01/rapor.pdf").statusCode())
                .as("a unit operator reads its own unit's rapor only").isEqualTo(403);
        assertThat(HttpCalls.anonymous(port).as("koordinator.klaten").get("/api/v1/cycles/2069/entities/36.01/rapor.pdf")
                .statusCode()).isEqualTo(403);
        assertThat(HttpCalls.anonymous(port).get("/api/v1/cycles/2069/entities/36.01/rapor.pdf").statusCode()).isEqualTo(401);
    }

    @Test
    void aRaporKeepsTheFindingsFrozenWithItsVersionWhenAnswersChangeAfterwards() throws Exception {
        open(2072);
        String unit = "/api/v1/cycles/2072/entities/36.01/units/DUKCAPIL/";
        ok(admin().put(unit + "answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin(), "ombudsman-2025", "IN.KP.01")
                + ",{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":1}]}"));
        noteOn(2072, "IN.KP.01", 1, "Catatan IN.KP.01 versi 1");
        ok(admin().post(unit + "submit", ""));
        ok(admin().post(unit + "verify", ""));
        created(admin().post("/api/v1/cycles/2072/determination", decree("1/RAPOR/2072", PAST)));
        HttpCalls coordinator = HttpCalls.anonymous(port).as("koordinator.pandeglang");
        assertThat(text(coordinator.getBytes("/api/v1/cycles/2072/entities/36.01/rapor.pdf").body())).contains("IN.KP.01")
                .contains("Catatan IN.KP.01 versi 1");

        assertThat(admin().post("/api/v1/cycles/2072/determination/reopen", "{\"reason\":\"Koreksi IN.KP.01\"}").statusCode())
                .isEqualTo(204);
        ok(admin().put(unit + "answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin(), "ombudsman-2025", "IN.KP.02")
                + ",{\"indicator\":\"IN.KP.02\",\"respondent\":1,\"level\":0}]}"));
        String text = text(coordinator.getBytes("/api/v1/cycles/2072/entities/36.01/rapor.pdf").body());
        assertThat(text).as("version 1 stays the published one: its findings come from the answers frozen with it")
                .contains("IN.KP.01").doesNotContain("IN.KP.02")
                .contains("catatan penilai tidak ditampilkan").doesNotContain("Catatan IN.KP.01 versi 1");
    }

    @Test
    void aPublishedCertificateIsPublicAndItsQrCodeOpensItsVerificationPage() throws Exception {
        determinedWithFindings(2069);
        HttpResponse<byte[]> pdf = HttpCalls.anonymous(port).getBytes("/api/v1/cycles/2069/entities/36.01/certificate.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = text(pdf.body());
        JsonNode result = json(HttpCalls.anonymous(port).get("/api/v1/cycles/2069/results/36.01"));
        assertThat(text).contains("PIAGAM").contains("Pemerintah Kabupaten Pandeglang")
                .contains(result.get("score").asString()).contains(result.get("opinion").asString())
                .contains("Keputusan Nomor 9/RAPOR/2069 tanggal 10 Desember 2069");
        String code = printedCode(text);
        String scanned;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("A4 landscape").isBetween(840f, 843f);
            assertEmbeddedFonts(document);
            scanned = decodeQr(new PDFRenderer(document).renderImageWithDPI(0, 200));
            png(document, 0, "reports-piagam-2069-36.01.png");
        }
        assertThat(scanned).as("the configured public URL, not the request's host").isEqualTo(PUBLIC_URL + "/verify/" + code);

        HttpResponse<String> page = HttpCalls.anonymous(port).get("/verify/" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Piagam ini asli").contains(result.get("score").asString())
                .contains("Pemerintah Kabupaten Pandeglang");
        assertThat(HttpCalls.anonymous(port).get("/verify/" + code.toLowerCase().replace("-", "")).statusCode())
                .as("codes are read case- and hyphen-insensitively").isEqualTo(200);
        assertThat(text(HttpCalls.anonymous(port).getBytes("/api/v1/cycles/2069/entities/36.01/certificate.pdf").body()))
                .as("the same subject and version keep their code").contains(code);

        HttpResponse<byte[]> unit = HttpCalls.anonymous(port).getBytes("/api/v1/cycles/2069/entities/36.01/units/DUKCAPIL/certificate.pdf");
        assertThat(unit.statusCode()).isEqualTo(200);
        assertThat(text(unit.body())).contains("Dinas Kependudukan dan Pencatatan Sipil").contains("Pemerintah Kabupaten Pandeglang")
                .contains("97.32");
        assertThat(printedCode(text(unit.body()))).as("a unit's certificate has its own code").isNotEqualTo(code);
    }

    @Test
    void anErratumSupersedesTheCertificateOnItsVerificationPage() throws Exception {
        open(2070);
        score(2070, "36.03", "DUKCAPIL", "91.00");
        score(2070, "36.04", "DUKCAPIL", "70.00");
        created(admin().post("/api/v1/cycles/2070/determination", decree("1/RAPOR/2070", PAST)));
        String code = printedCode(text(HttpCalls.anonymous(port).getBytes("/api/v1/cycles/2070/entities/36.04/certificate.pdf").body()));
        assertThat(HttpCalls.anonymous(port).get("/verify/" + code).body()).contains("Piagam ini asli").contains("70.00");

        assertThat(admin().post("/api/v1/cycles/2070/determination/reopen", "{\"reason\":\"Nilai DUKCAPIL salah ketik\"}")
                .statusCode()).isEqualTo(204);
        score(2070, "36.04", "DUKCAPIL", "76.50");
        created(admin().post("/api/v1/cycles/2070/determination", decree("2/RAPOR/2070", PAST)));

        HttpResponse<String> page = HttpCalls.anonymous(port).get("/verify/" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("telah diganti oleh ralat").contains("Nilai DUKCAPIL salah ketik")
                .contains("76.50").contains("70.00").doesNotContain("Piagam ini asli");
        String newCode = printedCode(text(HttpCalls.anonymous(port).getBytes("/api/v1/cycles/2070/entities/36.04/certificate.pdf").body()));
        assertThat(newCode).isNotEqualTo(code);
        assertThat(HttpCalls.anonymous(port).get("/verify/" + newCode).body()).contains("Piagam ini asli").contains("76.50");
    }

    @Test
    void anEmbargoedCertificateIsNotFoundForThePublicButHeadquartersCanPrintIt() throws IOException {
        open(2071);
        score(2071, "36.01", "DUKCAPIL", "88.00");
        created(admin().post("/api/v1/cycles/2071/determination", decree("1/RAPOR/2071", FUTURE)));
        assertThat(HttpCalls.anonymous(port).get("/api/v1/cycles/2071/entities/36.01/certificate.pdf").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> hq = admin().getBytes("/api/v1/cycles/2071/entities/36.01/certificate.pdf");
        assertThat(hq.statusCode()).isEqualTo(200);
        String code = printedCode(text(hq.body()));
        assertThat(HttpCalls.anonymous(port).get("/verify/" + code).statusCode())
                .as("a code printed before publication does not reveal the result").isEqualTo(404);
    }

    @Test
    void anUnknownOrMalformedVerificationCodeGetsAFriendlyNotFoundPage() {
        for (String code : List.of("00000-00000", "not-a-code", "ILOU0ILOU0", "%20")) {
            HttpResponse<String> page = HttpCalls.anonymous(port).get("/verify/" + code);
            assertThat(page.statusCode()).as(code).isEqualTo(404);
            assertThat(page.body()).contains("Tidak ada piagam dengan kode").contains("Periksa kembali kode");
        }
        assertThat(HttpCalls.anonymous(port).get("/verify/00000-00000?lang=en").body()).contains("No certificate has the code");
    }

    @Test
    void aSignatureImageOfTheWrongTypeIsRejectedAndAGoodOneIsPrintedOnCertificates() throws Exception {
        HttpResponse<String> wrong = putSignature("Dr. Siti Ñurhayati", "Ketua Ombudsman Republik Indonesia",
                "signature.png", "%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).get("detail").asString()).contains("PNG atau JPEG");
        assertThat(json(wrong).get("errors").get(0).get("field").asString()).isEqualTo("image");

        HttpResponse<String> saved = putSignature("Dr. Siti Ñurhayati", "Ketua Ombudsman Republik Indonesia",
                "scan.bin", pngSignature());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("imageMediaType").asString()).isEqualTo("image/png");

        determinedWithFindings(2069);
        String text = text(HttpCalls.anonymous(port).getBytes("/api/v1/cycles/2069/entities/36.02/certificate.pdf").body());
        assertThat(text).as("diacritics survive in the embedded font").contains("Dr. Siti Ñurhayati")
                .contains("Ketua Ombudsman Republik Indonesia");
        assertThat(putSignatureAs("koordinator.pandeglang", "X", "Y", "a.png", pngSignature()).statusCode()).isEqualTo(403);
    }

    @Test
    void aProvinceBundleIsMadeInTheBackgroundWithEveryCertificateAndRapor() throws Exception {
        determinedWithFindings(2069);
        HttpResponse<String> started = admin().post("/api/v1/cycles/2069/report-bundles", "{\"provinceCode\":\"36\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long id = json(started).get("id").asLong();
        assertThat(json(started).get("total").asInt()).as("two entities of Banten, a certificate and a rapor each").isEqualTo(4);
        JsonNode job = json(admin().get("/api/v1/report-bundles/" + id));
        for (int i = 0; i < 120 && !"DONE".equals(job.get("status").asString()); i++) {
            assertThat(job.get("status").asString()).isNotEqualTo("FAILED");
            Thread.sleep(250);
            job = json(admin().get("/api/v1/report-bundles/" + id));
        }
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("done").asInt()).isEqualTo(4);
        HttpResponse<byte[]> zip = admin().getBytes("/api/v1/report-bundles/" + id + "/download");
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries.keySet()).containsExactlyInAnyOrder("36.01/36.01-piagam.pdf", "36.01/36.01-rapor.pdf",
                "36.02/36.02-piagam.pdf", "36.02/36.02-rapor.pdf");
        assertThat(text(entries.get("36.02/36.02-piagam.pdf"))).contains("Pemerintah Kabupaten Lebak");

        assertThat(HttpCalls.anonymous(port).as("kepala.jateng").post("/api/v1/cycles/2069/report-bundles",
                "{\"provinceCode\":\"36\"}").statusCode()).as("another office's province").isEqualTo(403);
        assertThat(HttpCalls.anonymous(port).as("kepala.jateng").get("/api/v1/report-bundles/" + id).statusCode())
                .as("another user's job").isEqualTo(404);
    }

    // --- fixtures ---

    /**
     * 2069: Pandeglang's DUKCAPIL answered with two indicators below the top (a note on one), submitted and verified;
     * its DINSOS and Lebak's DUKCAPIL scored directly; determined and published.
     */
    private void determinedWithFindings(int year) {
        synchronized (ReportsIntegrationTests.class) {
            if (admin().get("/api/v1/cycles/" + year + "/determination").statusCode() == 200) {
                return;
            }
            open(year);
            String unit = "/api/v1/cycles/" + year + "/entities/36.01/units/DUKCAPIL/";
            ok(admin().put(unit + "answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin(), "ombudsman-2025", "IN.KP.01", "IN.KP.02")
                    + ",{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":0},{\"indicator\":\"IN.KP.02\",\"respondent\":1,\"level\":1}]}"));
            noteOn(year, "IN.KP.01", 0, "Dua dari empat pelaksana tidak mengenal Pasal 21");
            ok(admin().post(unit + "submit", ""));
            ok(admin().post(unit + "verify", ""));
            score(year, "36.01", "DINSOS", "80.00");
            score(year, "36.02", "DUKCAPIL", "70.00");
            created(admin().post("/api/v1/cycles/" + year + "/determination", decree("9/RAPOR/" + year, PAST)));
        }
    }

    /** Pandeglang DUKCAPIL's answer of respondent 1 to {@code indicator}, saved again with a note. */
    private void noteOn(int year, String indicator, int level, String note) {
        String unit = "/api/v1/cycles/" + year + "/entities/36.01/units/DUKCAPIL/";
        int version = 0;
        for (JsonNode answer : json(admin().get(unit + "answers"))) {
            if (answer.get("indicator").asString().equals(indicator)) {
                version = answer.get("version").asInt();
            }
        }
        ok(admin().put(unit + "answers/" + indicator + "/1", "{\"level\":" + level + ",\"note\":\"" + note
                + "\",\"version\":" + version + "}"));
    }

    private void open(int year) {
        HttpResponse<String> opened = admin().post("/api/v1/cycles", "{\"year\":" + year + ",\"methodologyId\":\"ombudsman-2025\"}");
        assertThat(opened.statusCode()).as(opened.body()).isIn(201, 409);
    }

    private void score(int year, String entity, String unit, String score) {
        ok(admin().put("/api/v1/cycles/" + year + "/entities/" + entity + "/units/" + unit + "/score", "{\"score\":" + score + "}"));
    }

    private static String decree(String number, String publishAt) {
        String year = number.substring(number.length() - 4);
        return "{\"decreeNumber\":\"" + number + "\",\"decreeDate\":\"" + year + "-12-10\",\"publishAt\":\"" + publishAt + "\"}";
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return HttpCalls.JSON.readTree(response.body());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines wrap wherever the layout put them: compare with single spaces.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String printedCode(String text) {
        Matcher matcher = Pattern.compile("([0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5})").matcher(text);
        assertThat(matcher.find()).as("a verification code is printed: " + text).isTrue();
        return matcher.group(1);
    }

    private static void assertEmbeddedFonts(PDDocument document) throws IOException {
        List<String> notEmbedded = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded()) {
                    notEmbedded.add(font.getName());
                }
                assertThat(font.getName()).contains("DejaVu");
            }
        }
        assertThat(notEmbedded).as("every font is embedded").isEmpty();
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** Renders a page to PNG under target/screenshots, to look at. */
    private static void png(PDDocument document, int page, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 110), "PNG", SCREENSHOTS.resolve(name).toFile());
    }

    private static byte[] pngSignature() throws IOException {
        BufferedImage image = new BufferedImage(300, 90, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(20, 40, 120));
        g.setStroke(new java.awt.BasicStroke(4));
        g.drawPolyline(new int[] {10, 60, 90, 140, 170, 230, 290}, new int[] {70, 20, 65, 25, 60, 30, 55}, 7);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "PNG", out);
        return out.toByteArray();
    }

    private HttpResponse<String> putSignature(String name, String title, String fileName, byte[] image) throws Exception {
        return putSignatureAs("admin.demo", name, title, fileName, image);
    }

    private HttpResponse<String> putSignatureAs(String user, String name, String title, String fileName, byte[] image)
            throws Exception {
        byte[] body = Multipart.form().field("name", name).field("title", title)
                .file("image", fileName, "image/png", image).bytes();
        String credentials = Base64.getEncoder().encodeToString((user + ":" + HttpCalls.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/report-signature"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
