package id.patuh.exchange;

import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static id.patuh.exchange.ImportIntegrationTests.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The malformed files offices (or attackers) send: each is refused with a clear message at its row and column, and
 * nothing is written — no unit, no score, no answer, no completed import. Cycle 2078 (ombudsman-2025), Kabupaten
 * Gowa (73.06).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBadInputIntegrationTests {

    static final String HEADER = "entity_code,unit_code,unit_name,unit_kind,score\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpCalls admin;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo").inEnglish();
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2078,\"methodologyId\":\"ombudsman-2025\"}").statusCode())
                .isIn(201, 409);
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(jdbc.sql("select count(*) from service_units where entity_code = '73.06'").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from cycle_units where year = 2078").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from import_jobs where year = 2078 and status <> 'REJECTED'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where year = 2078").query(Integer.class).single()).isZero();
    }

    private JsonNode refused(String name, byte[] content) {
        JsonNode report = upload(admin, 2078, "unit-scores", name, content, 422);
        assertThat(report.get("status").asString()).isEqualTo("REJECTED");
        assertThat(report.get("errors").size()).isPositive();
        return report;
    }

    private static String firstMessage(JsonNode report) {
        return report.get("errors").get(0).get("message").asString();
    }

    @Test
    void aPictureRenamedToCsvIsNotATable() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(firstMessage(refused("scores.csv", png))).contains("not an XLSX or CSV table");
    }

    @Test
    void aProgramRenamedToXlsxIsNotATable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        assertThat(firstMessage(refused("scores.xlsx", exe))).contains("not an XLSX or CSV table");
    }

    @Test
    void anOldExcelWorkbookIsRefusedWithTheWayOut() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(firstMessage(refused("scores.xls", xls))).contains(".xls").contains(".xlsx");
    }

    @Test
    void aTruncatedXlsxIsABrokenWorkbook() {
        byte[] whole = ImportFiles.xlsx(List.of(List.of("entity_code", "unit_code", "unit_name", "unit_kind", "score"),
                List.of("73.06", "BAD", "Bad", "OTHER", "50")));
        assertThat(firstMessage(refused("scores.xlsx", Arrays.copyOf(whole, whole.length / 2))))
                .contains("damaged or cut short");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        }
        assertThat(firstMessage(refused("scores.xlsx", bytes.toByteArray()))).contains("not an XLSX workbook");
    }

    @Test
    void formulasAreRefusedAtTheirCellInXlsxAndInCsv() {
        JsonNode xlsx = refused("scores.xlsx", ImportFiles.xlsx(List.of(
                List.of("entity_code", "unit_code", "unit_name", "unit_kind", "score"),
                List.of("73.06", "FORMULA", "Formula", "OTHER", "=40+10"))));
        assertThat(xlsx.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(xlsx.get("errors").get(0).get("column").asString()).isEqualTo("score");
        assertThat(firstMessage(xlsx)).contains("formula");
        JsonNode csv = refused("scores.csv", ImportFiles.csv(HEADER + "73.06,FORMULA,Formula,OTHER,=SUM(A1:A3)\n"));
        assertThat(csv.get("errors").get(0).get("column").asString()).isEqualTo("score");
    }

    @Test
    void aHugeCellIsRefused() {
        JsonNode report = refused("scores.csv", ImportFiles.csv(HEADER + "73.06,HUGE," + "x".repeat(50_000) + ",OTHER,50\n"));
        assertThat(report.get("errors").get(0).get("column").asString()).isEqualTo("unit_name");
        assertThat(firstMessage(report)).contains("too long");
    }

    @Test
    void aCsvSavedInWindows1252IsRefusedAsNotUtf8() {
        byte[] latin = (HEADER + "73.06,BONE,Dinas Kab. Bôné,OTHER,50\n").getBytes(Charset.forName("windows-1252"));
        assertThat(firstMessage(refused("scores.csv", latin))).contains("not UTF-8");
    }

    @Test
    void missingAndExtraColumnsAreNamedInTheHeaderRow() {
        JsonNode report = refused("scores.csv", ImportFiles.csv("entity_code,unit_code,unit_kind,score,remarks\n73.06,A,OTHER,50,x\n"));
        assertThat(report.get("errors")).extracting(e -> e.get("row").asInt() + " " + e.get("column").asString())
                .containsExactlyInAnyOrder("1 remarks", "1 unit_name");
    }

    @Test
    void aValueBeyondTheLastColumnIsRefused() {
        assertThat(firstMessage(refused("scores.csv", ImportFiles.csv(HEADER + "73.06,A,A,OTHER,50,surprise\n"))))
                .contains("Column 6");
    }

    @Test
    void everyBadRowIsReportedByRowAndColumnAndNothingIsWritten() {
        JsonNode report = refused("scores.csv", ImportFiles.csv(HEADER
                + "73.06,GOOD,Good unit,OTHER,\"88,5\"\n"
                + "99.99,X,Unknown entity,OTHER,50\n"
                + "73.06,SCORE,Too high,OTHER,120\n"
                + "73.06,KIND,Bad kind,CASTLE,50\n"
                + "73.06,GOOD,Good unit again,OTHER,70\n"
                + "73.06,DEC,Decimals,OTHER,50.123\n"
                + "73.06,TEXT,Not a number,OTHER,lima puluh\n"));
        assertThat(report.get("errorCount").asInt()).isEqualTo(6);
        assertThat(report.get("errors")).extracting(e -> e.get("row").asInt() + " " + e.get("column").asString())
                .containsExactly("3 entity_code", "4 score", "5 unit_kind", "6 unit_code", "7 score", "8 score");
        assertThat(report.get("errors").get(1).get("message").asString()).isEqualTo("120 is outside 0–100.");
    }

    @Test
    void errorsAreInBahasaIndonesiaByDefault() {
        JsonNode report = upload(HttpCalls.anonymous(port).as("admin.demo"), 2078, "unit-scores", "scores.csv",
                ImportFiles.csv(HEADER + "99.99,X,X,OTHER,50\n"), 422);
        assertThat(firstMessage(report)).isEqualTo("Penyelenggara dengan kode \"99.99\" tidak terdaftar.");
    }

    @Test
    void duplicateRespondentsAndUnknownUnitsInUserInterviewsAreRefused() {
        String indicators = String.join(",", admin.get("/api/v1/imports/user-interviews/template.csv?year=2078").body()
                .strip().split(",", 4)[3]);
        int count = indicators.split(",").length;
        String levels = ",1".repeat(count);
        JsonNode report = upload(admin, 2078, "user-interviews", "users.csv", ImportFiles.csv(
                "entity_code,unit_code,respondent," + indicators + "\n"
                        + "36.01,DUKCAPIL,1" + levels + "\n"
                        + "36.01,DUKCAPIL,1" + levels + "\n"
                        + "73.06,NOWHERE,1" + levels + "\n"
                        + "36.01,DUKCAPIL,2" + ",9".repeat(count) + "\n"), 422);
        assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(report.get("errors").get(0).get("message").asString()).contains("Respondent 1 of unit DUKCAPIL");
        assertThat(report.get("errors").get(1).get("message").asString()).contains("not registered");
        assertThat(report.get("errorCount").asInt()).isEqualTo(2 + count);
        assertThat(jdbc.sql("select count(*) from answers where year = 2078").query(Integer.class).single()).isZero();
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertThat(firstMessage(refused("scores.csv", new byte[0]))).contains("empty");
        assertThat(firstMessage(refused("scores.csv", ImportFiles.csv(HEADER)))).contains("only a header");
    }
}
