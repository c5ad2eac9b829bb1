package id.patuh.fieldwork;

import id.patuh.PatuhProperties;
import id.patuh.storage.FileStore;
import id.patuh.support.AnswerSheets;
import id.patuh.support.Multipart;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files on Kabupaten Wonosobo (33.07) in 2024: real uploads over HTTP into the real file store, with the type
 * told from the bytes and a low size limit (64 KB evidence, 96 KB per multipart file) so oversized uploads stay cheap.
 * These properties give this class an application context of its own, on the same shared test database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "patuh.evidence.max-bytes=65536",
        "spring.servlet.multipart.max-file-size=96KB",
        "spring.servlet.multipart.max-request-size=128KB"})
class EvidenceIntegrationTests {

    static final String UNIT = "/api/v1/cycles/2024/entities/33.07/units/";
    static final int LIMIT = 64 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatuhProperties properties;

    @Autowired
    FileStore store;

    ObjectMapper json = HttpCalls.JSON;
    HttpCalls admin;
    HttpCalls assessor;
    HttpCalls head;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        assessor = HttpCalls.anonymous(port).as("asisten.jateng");
        head = HttpCalls.anonymous(port).as("kepala.jateng");
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2024,\"methodologyId\":\"ombudsman-2022\"}").statusCode()).isIn(201, 409);
    }

    @Test
    void anAssessorUploadsAPhotoAndAPdfThatAreListedAndDownloadedByteForByte() throws IOException {
        byte[] png = png();
        byte[] pdf = pdf();
        // The declared types are wrong on purpose: only the bytes decide.
        HttpResponse<String> photoUpload = upload(assessor, "DUKCAPIL", new Part("file", "loket.png", "application/octet-stream", png),
                field("indicator", "IN.KP.01"), field("product", "KTP-EL"), field("respondent", "1"));
        JsonNode photo = body(photoUpload, 201);
        assertThat(photo.get("sha256").asString()).isEqualTo(sha256(png));
        assertThat(photo.get("mediaType").asString()).isEqualTo("image/png");
        assertThat(photo.get("size").asLong()).isEqualTo(png.length);
        assertThat(photo.get("uploadedAt").asString()).isNotBlank();
        assertThat(photoUpload.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(UNIT + "DUKCAPIL/evidence/" + photo.get("id").asLong()));
        JsonNode document = body(upload(admin, "DUKCAPIL", new Part("file", "maklumat pelayanan.pdf", "image/jpeg", pdf)), 201);
        assertThat(document.get("mediaType").asString()).isEqualTo("application/pdf");

        JsonNode listed = body(head.get(UNIT + "DUKCAPIL/evidence"), 200);
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(photo.get("id").asLong());
        assertThat(listed.get(0).get("indicator").asString()).isEqualTo("IN.KP.01");
        assertThat(listed.get(0).get("product").asString()).isEqualTo("KTP-EL");
        assertThat(listed.get(0).get("respondent").asInt()).isEqualTo(1);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("loket.png");
        assertThat(listed.get(0).get("uploadedBy").asString()).isEqualTo("asisten.jateng");
        assertThat(listed.get(1).get("name").asString()).isEqualTo("maklumat pelayanan.pdf");
        assertThat(listed.get(1).get("indicator").isNull()).isTrue();
        assertThat(listed.get(1).get("uploadedBy").asString()).isEqualTo("admin.demo");

        HttpResponse<byte[]> photoFile = head.getBytes(UNIT + "DUKCAPIL/evidence/" + photo.get("id").asLong());
        assertThat(photoFile.statusCode()).isEqualTo(200);
        assertThat(photoFile.body()).isEqualTo(png);
        assertThat(sha256(photoFile.body())).isEqualTo(photo.get("sha256").asString());
        assertThat(ImageIO.read(new ByteArrayInputStream(photoFile.body()))).as("a real PNG").isNotNull();
        assertThat(photoFile.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photoFile.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("inline").contains("loket.png"));
        assertThat(photoFile.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

        HttpResponse<byte[]> documentFile = assessor.getBytes(UNIT + "DUKCAPIL/evidence/" + document.get("id").asLong());
        assertThat(documentFile.statusCode()).isEqualTo(200);
        assertThat(documentFile.body()).isEqualTo(pdf);
        assertThat(sha256(documentFile.body())).isEqualTo(sha256(pdf));
        assertThat(documentFile.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(documentFile.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("inline"));
        assertThat(documentFile.headers().firstValue("Content-Length")).hasValue(String.valueOf(pdf.length));
    }

    @Test
    void aTextFileCalledPhotoJpgOrARenamedProgramIsRefusedAndNothingIsStored() {
        long files = storedFiles();
        byte[] text = ("Bukan foto " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        JsonNode refused = body(upload(assessor, "DPMPTSP", new Part("file", "photo.jpg", "image/jpeg", text)), 400);
        assertThat(refused.get("detail").asString()).contains("JPEG", "PDF");
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("file");
        byte[] program = concat(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(body(upload(assessor.inEnglish(), "DPMPTSP", new Part("file", "setup.exe.png", "image/png", program)), 400)
                .get("detail").asString()).contains("Only JPEG, PNG or WebP photos and PDF documents");
        assertThat(body(upload(assessor, "DPMPTSP", new Part("file", "kosong.pdf", "application/pdf", new byte[0])), 400)
                .get("detail").asString()).contains("kosong");

        byte[] png = png();
        assertThat(body(upload(assessor, "DPMPTSP", new Part("file", "a.png", "image/png", png), field("indicator", "NOPE")), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("indicator");
        assertThat(body(upload(assessor, "DPMPTSP", new Part("file", "a.png", "image/png", png), field("product", "KTP-EL")), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("product");
        body(upload(assessor, "DPMPTSP", new Part("file", "a.png", "image/png", png), field("respondent", "0")), 400);
        body(upload(assessor, "DPMPTSP", new Part("file", "a.png", "image/png", png), field("respondent", "satu")), 400);
        assertThat(body(upload(assessor, "DPMPTSP", field("indicator", "IN.KP.01")), 400).get("detail").asString()).contains("file");

        assertThat(rows("DPMPTSP")).isZero();
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutARowOrAStrayFile() {
        long files = storedFiles();
        byte[] justOver = concat(png(), new byte[LIMIT]);
        JsonNode refused = body(upload(assessor, "DINSOS", new Part("file", "besar.png", "image/png", justOver)), 400);
        assertThat(refused.get("detail").asString()).contains("64 KB").contains("tidak ada yang disimpan");

        // Past the multipart limit the servlet refuses the upload before the evidence rules see it: 413, still a
        // problem detail in the caller's language.
        byte[] farOver = concat(png(), new byte[3 * LIMIT]);
        HttpResponse<String> tooLarge = upload(assessor, "DINSOS", new Part("file", "sangat-besar.png", "image/png", farOver));
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(tooLarge, 413).get("detail").asString()).contains("lebih besar dari yang diterima server").contains("tidak ada yang disimpan");
        assertThat(body(upload(assessor.inEnglish(), "DINSOS", new Part("file", "huge.png", "image/png", farOver)), 413)
                .get("detail").asString()).contains("larger than the server accepts");

        assertThat(rows("DINSOS")).isZero();
        assertThat(storedFiles()).isEqualTo(files);
        byte[] png = png();
        byte[] exactlyTheLimit = concat(png, new byte[LIMIT - png.length]);
        assertThat(body(upload(assessor, "DINSOS", new Part("file", "pas.png", "image/png", exactlyTheLimit)), 201)
                .get("size").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void anAssessorOfJawaTengahCannotUploadToABantenUnitAndStrangersAreTurnedAway() {
        String banten = "/api/v1/cycles/2024/entities/36.03/units/DUKCAPIL/evidence";
        byte[] png = png();
        assertThat(assessor.post(banten, MULTIPART, multipart(new Part("file", "a.png", "image/png", png))).statusCode()).isEqualTo(403);
        assertThat(assessor.get(banten).statusCode()).isEqualTo(403);
        assertThat(head.post(UNIT + "DUKCAPIL/evidence", MULTIPART, multipart(new Part("file", "a.png", "image/png", png))).statusCode())
                .as("office heads verify, they do not capture").isEqualTo(403);
        assertThat(HttpCalls.anonymous(port).as("koordinator.klaten").get(UNIT + "DUKCAPIL/evidence").statusCode()).isEqualTo(403);
        assertThat(HttpCalls.anonymous(port).post(UNIT + "DUKCAPIL/evidence", MULTIPART,
                multipart(new Part("file", "a.png", "image/png", png))).statusCode()).isEqualTo(401);
        assertThat(HttpCalls.anonymous(port).get(UNIT + "DUKCAPIL/evidence").statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from evidence where entity_code = '36.03'").query(Long.class).single()).isZero();

        body(assessor.get("/api/v1/cycles/1999/entities/33.07/units/DUKCAPIL/evidence"), 404);
        body(assessor.get("/api/v1/cycles/2024/entities/99.99/units/DUKCAPIL/evidence"), 404);
        body(assessor.get(UNIT + "NOPE/evidence"), 404);
        body(assessor.get(UNIT + "DUKCAPIL/evidence/987654321"), 404);
        long elsewhere = body(upload(assessor, "PKM-01", new Part("file", "a.png", "image/png", png)), 201).get("id").asLong();
        assertThat(body(assessor.get(UNIT + "DUKCAPIL/evidence/" + elsewhere), 404).get("detail").asString()).contains("tidak ditemukan");
    }

    @Test
    void aSubmittedUnitIsLockedAgainstNewEvidence() {
        body(admin.put(UNIT + "DINKES/answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin, "ombudsman-2022") + "]}"), 200);
        body(assessor.post(UNIT + "DINKES/submit", ""), 200);
        assertThat(body(upload(assessor, "DINKES", new Part("file", "a.png", "image/png", png())), 409).get("detail").asString())
                .contains("terkunci");
        assertThat(rows("DINKES")).isZero();
    }

    @Test
    void theUnitHistoryListsEachEvidenceFileAdded() {
        byte[] pdf = pdf();
        body(upload(assessor, "DINDIK", new Part("file", "sk.pdf", "application/pdf", pdf), field("indicator", "IN.KP.01")), 201);
        List<JsonNode> added = new ArrayList<>();
        body(head.get(UNIT + "DINDIK/history"), 200).forEach(entry -> {
            if (entry.get("action").asString().equals("EVIDENCE_ADDED")) {
                added.add(entry);
            }
        });
        assertThat(added).hasSize(1);
        assertThat(added.get(0).get("actor").asString()).isEqualTo("asisten.jateng");
        assertThat(added.get(0).get("subject").asString()).contains("IN.KP.01");
        JsonNode after = json.readTree(added.get(0).get("after").asString());
        assertThat(after.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(after.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(after.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(after.get("name").asString()).isEqualTo("sk.pdf");
    }

    @Test
    void anIdenticalUploadTwiceIsStoredOnce() {
        byte[] png = png();
        String sha = sha256(png);
        long files = storedFiles();
        JsonNode first = body(upload(assessor, "PKM-02", new Part("file", "pagi.png", "image/png", png)), 201);
        assertThat(storedFiles()).isEqualTo(files + 1);
        JsonNode second = body(upload(assessor, "PKM-02", new Part("file", "pagi lagi.png", "image/png", png)), 201);

        assertThat(second.get("id").asLong()).isNotEqualTo(first.get("id").asLong());
        assertThat(second.get("sha256").asString()).isEqualTo(first.get("sha256").asString()).isEqualTo(sha);
        assertThat(storedFiles()).isEqualTo(files + 1);
        assertThat(store.exists(sha)).isTrue();
        try (Stream<Path> all = Files.walk(filesRoot())) {
            assertThat(all.filter(p -> p.getFileName().toString().equals(sha))).hasSize(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(rows("PKM-02")).isEqualTo(2);
    }

    @Test
    void theEvidenceCallsAreDocumentedInOpenApi() {
        JsonNode paths = body(HttpCalls.anonymous(port).get("/api/docs"), 200).get("paths");
        JsonNode upload = paths.get("/api/v1/cycles/{year}/entities/{entityCode}/units/{unitCode}/evidence").get("post");
        assertThat(upload.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        assertThat(upload.get("summary").asString()).contains("JPEG", "PDF");
        assertThat(paths.has("/api/v1/cycles/{year}/entities/{entityCode}/units/{unitCode}/evidence/{id}")).isTrue();
    }

    // --- fixtures --------------------------------------------------------------------------------------------------

    static final String MULTIPART = Multipart.CONTENT_TYPE;

    /** One part of a multipart form: a file when it has a file name, a plain field otherwise. */
    record Part(String name, String fileName, String contentType, byte[] content) {
    }

    static Part field(String name, String value) {
        return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> upload(HttpCalls caller, String unit, Part... parts) {
        return caller.post(UNIT + unit + "/evidence", MULTIPART, multipart(parts));
    }

    static byte[] multipart(Part... parts) {
        Multipart form = Multipart.form();
        for (Part part : parts) {
            form.part(part.name(), part.fileName(), part.contentType(), part.content());
        }
        return form.bytes();
    }

    /**
     * A real 1×1 grey PNG (signature, IHDR, a tEXt chunk that makes each one unique, IDAT, IEND), so stored files
     * from earlier runs never make an upload look deduplicated.
     */
    static byte[] png() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(png, "tEXt", ("Comment\0" + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1));
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[]{0, (byte) 0x80});
        deflater.finish();
        byte[] compressed = new byte[64];
        int length = deflater.deflate(compressed);
        deflater.end();
        chunk(png, "IDAT", Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A minimal one-page PDF, unique per call. */
    static byte[] pdf() {
        return String.join("\n",
                "%PDF-1.4",
                "% run " + UUID.randomUUID(),
                "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
                "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
                "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
                "trailer << /Root 1 0 R >>",
                "%%EOF",
                "").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long rows(String unit) {
        return jdbc.sql("select count(*) from evidence where year = 2024 and entity_code = '33.07' and unit_code = ?")
                .param(unit).query(Long.class).single();
    }

    Path filesRoot() {
        return properties.dataDir().toAbsolutePath().normalize().resolve("files");
    }

    /** Every regular file under the store's folder, temporary ones included: a refused upload must leave none. */
    long storedFiles() {
        if (!Files.exists(filesRoot())) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(filesRoot())) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
