package id.patuh.exchange;

import id.patuh.support.HttpCalls;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results, locus and entity lists as real XLSX and CSV files: the same rows and visibility as the JSON API, and text
 * that a spreadsheet would run as a formula neutralised. Year 2088 belongs to this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportIntegrationTests {

    static final String CYCLE = "/api/v1/cycles/2088";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"klik\")";

    @LocalServerPort
    int port;

    HttpCalls admin;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        // An agency whose name someone typed as a formula, with one unit scored in the cycle.
        assertThat(admin.post("/api/v1/entities", "{\"code\":\"LEMBAGA-EXPORT\",\"name\":\"" + FORMULA_NAME.replace("\"", "\\\"")
                + "\",\"type\":\"LEMBAGA\"}").statusCode()).isIn(201, 409);
        assertThat(admin.put("/api/v1/entities/LEMBAGA-EXPORT/units/PELAYANAN", "{\"name\":\"@Pelayanan Terpadu\",\"kind\":\"OTHER\"}")
                .statusCode()).isIn(200, 201);
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2088,\"methodologyId\":\"ombudsman-2025\"}").statusCode()).isIn(201, 409);
        if (HttpCalls.anonymous(port).get(CYCLE + "/determination").statusCode() == 404) {
            body(admin.put(CYCLE + "/entities/LEMBAGA-EXPORT/units/PELAYANAN/score", "{\"score\":91.25}"), 200);
            body(admin.put(CYCLE + "/entities/36.01/units/DUKCAPIL/score", "{\"score\":62.40}"), 200);
        }
    }

    @Test
    void theResultsSheetDownloadsAsCsvWithTheApiRowsAndFormulasNeutralised() throws IOException {
        HttpResponse<byte[]> response = admin.getBytes(CYCLE + "/results.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("patuh-results-2088.csv");
        List<CSVRecord> rows = csv(response.body());
        JsonNode api = body(admin.get(CYCLE + "/results"), 200);
        assertThat(rows).hasSize(api.size());
        CSVRecord agency = find(rows, "LEMBAGA-EXPORT");
        assertThat(agency.get("entityName")).as("a leading = is made plain text").isEqualTo("'" + FORMULA_NAME);
        assertThat(agency.get("score")).isEqualTo("91.25");
        assertThat(agency.get("category")).isEqualTo(find(api, "LEMBAGA-EXPORT").get("category").asString());
        assertThat(find(rows, "36.01").get("score")).isEqualTo("62.40");
        assertThat(rows.get(0).get("entityCode")).as("best first, as the API").isEqualTo(api.get(0).get("entityCode").asString());

        List<CSVRecord> banten = csv(admin.getBytes(CYCLE + "/results.csv?province=36").body());
        assertThat(banten).extracting(r -> r.get("provinceCode")).containsOnly("36");
    }

    @Test
    void theResultsSheetDownloadsAsXlsxWithNumbersAsNumbersAndTextNeutralised() throws IOException {
        HttpResponse<byte[]> response = admin.getBytes(CYCLE + "/results.xlsx?type=LEMBAGA");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo("entityCode");
            assertThat(rows.get(0).getCell(4).getText()).isEqualTo("score");
            Row agency = rows.stream().filter(r -> r.getRowNum() > 1 && "LEMBAGA-EXPORT".equals(r.getCell(0).getText()))
                    .findFirst().orElseThrow();
            assertThat(agency.getCell(1).getText()).isEqualTo("'" + FORMULA_NAME);
            assertThat(agency.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(agency.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(agency.getCell(4).asNumber()).isEqualByComparingTo("91.25");
            assertThat(rows.stream().skip(1).map(r -> r.getCell(2).getText())).containsOnly("LEMBAGA");
        }
    }

    @Test
    void theLocusAndOneEntitysUnitsDownloadForHeadquartersOnly() throws IOException {
        List<CSVRecord> locus = csv(admin.getBytes(CYCLE + "/locus.csv").body());
        assertThat(find(locus, "LEMBAGA-EXPORT").get("unitName")).isEqualTo("'@Pelayanan Terpadu");
        assertThat(locus).extracting(r -> r.get("entityCode") + "/" + r.get("unitCode"))
                .contains("36.01/DUKCAPIL", "LEMBAGA-EXPORT/PELAYANAN");
        assertThat(HttpCalls.anonymous(port).as("kepala.banten").getBytes(CYCLE + "/locus.xlsx").statusCode()).isEqualTo(403);
        assertThat(HttpCalls.anonymous(port).getBytes(CYCLE + "/locus.csv").statusCode()).isEqualTo(401);

        List<CSVRecord> units = csv(admin.getBytes(CYCLE + "/results/LEMBAGA-EXPORT/units.csv").body());
        assertThat(units).hasSize(1);
        assertThat(units.get(0).get("unitCode")).isEqualTo("PELAYANAN");
        assertThat(units.get(0).get("score")).isEqualTo("91.25");
        assertThat(units.get(0).get("source")).isNotBlank();
    }

    @Test
    void theFieldworkPlanDownloadsForAnOfficeHeadWithinTheirProvincesOnly() throws IOException {
        HttpCalls head = HttpCalls.anonymous(port).as("kepala.banten");
        HttpResponse<byte[]> response = head.getBytes(CYCLE + "/assignments.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = csv(response.body());
        assertThat(rows).extracting(r -> r.get("provinceCode")).containsOnly("36");
        CSVRecord dukcapil = find(rows, "36.01");
        assertThat(dukcapil.get("unitCode")).isEqualTo("DUKCAPIL");
        assertThat(dukcapil.get("assessor")).as("nobody assigned yet").isEmpty();
        assertThat(rows).hasSize(body(head.get(CYCLE + "/assignments"), 200).get("units").size());
        assertThat(HttpCalls.anonymous(port).as("asisten.banten").getBytes(CYCLE + "/assignments.xlsx").statusCode())
                .isEqualTo(403);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                admin.getBytes(CYCLE + "/assignments.xlsx?office=PWK-36").body()))) {
            assertThat(workbook.getFirstSheet().read().get(0).getCell(7).getText()).isEqualTo("assessor");
        }
    }

    @Test
    void verificationProgressAndAProvincesUnitStatusesDownloadWithinTheViewersScope() throws IOException {
        HttpCalls head = HttpCalls.anonymous(port).as("kepala.banten");
        List<CSVRecord> progress = csv(head.getBytes(CYCLE + "/progress.csv").body());
        JsonNode api = body(head.get(CYCLE + "/progress"), 200);
        assertThat(progress).hasSize(api.size());
        assertThat(progress).extracting(r -> r.get("provinceCode")).containsOnly("36");
        assertThat(progress.get(0).get("total")).isEqualTo(String.valueOf(
                api.get(0).get("units").properties().stream().mapToLong(e -> e.getValue().asLong()).sum()));

        List<CSVRecord> units = csv(head.getBytes(CYCLE + "/progress/units.csv?province=36").body());
        CSVRecord dukcapil = find(units, "36.01");
        assertThat(dukcapil.get("unitCode")).isEqualTo("DUKCAPIL");
        assertThat(dukcapil.get("status")).isIn("RECORDED_DIRECTLY", "CENTRALLY_VERIFIED", "VERIFIED");
        assertThat(head.getBytes(CYCLE + "/progress/units.csv?province=11").statusCode()).as("Aceh is not Banten's")
                .isEqualTo(403);
        assertThat(find(csv(admin.getBytes(CYCLE + "/progress/units.csv").body()), "LEMBAGA-EXPORT")
                .get("provinceCode")).as("without a province HQ gets the ministries' and agencies' units").isEmpty();
    }

    @Test
    void thePublicGetsOnlyPublishedResultsAsFilesAndTheEntityListForAnyone() throws IOException {
        HttpCalls anonymous = HttpCalls.anonymous(port);
        if (anonymous.get(CYCLE + "/determination").statusCode() == 404) {
            HttpResponse<String> hidden = anonymous.get(CYCLE + "/results.xlsx");
            assertThat(hidden.statusCode()).as("before publication a file reveals no more than the API").isEqualTo(404);
            assertThat(hidden.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            body(admin.post(CYCLE + "/determination", "{\"decreeNumber\":\"3 TAHUN 2088\",\"decreeDate\":\"2088-12-01\","
                    + "\"publishAt\":\"2020-01-01T00:00:00+07:00\"}"), 201);
        }
        List<CSVRecord> published = csv(anonymous.getBytes(CYCLE + "/results.csv").body());
        assertThat(published).hasSize(body(anonymous.get(CYCLE + "/results"), 200).size());
        assertThat(find(published, "LEMBAGA-EXPORT").get("nationalRank")).isNotBlank();

        List<CSVRecord> entities = csv(anonymous.getBytes("/api/v1/entities.csv?type=LEMBAGA&q=export").body());
        assertThat(entities).extracting(r -> r.get("code")).containsExactly("LEMBAGA-EXPORT");
        assertThat(entities.get(0).get("name")).isEqualTo("'" + FORMULA_NAME);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                anonymous.getBytes("/api/v1/entities.xlsx?province=36").body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSizeGreaterThan(5);
            assertThat(rows.stream().skip(1).map(r -> r.getCell(3).getText())).containsOnly("36");
        }
        HttpResponse<String> unknown = anonymous.get("/api/v1/entities.csv?type=PARTAI");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("PARTAI");
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).as("a byte-order mark, so spreadsheet programs read UTF-8").startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    private static CSVRecord find(List<CSVRecord> rows, String code) {
        return rows.stream().filter(r -> code.equals(r.get(0))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in the file"));
    }

    private static JsonNode find(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (row.get("entityCode").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(code + " not in " + rows);
    }

    private static JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : HttpCalls.JSON.readTree(response.body());
    }
}
