package id.patuh.exchange;

import id.patuh.support.HttpCalls;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports through the API against PostgreSQL: each kind written and visible where the product reads it, a repeated file
 * changing nothing, the audit trail naming the file's SHA-256, and an office head kept to its provinces. Uses entities
 * of Sulawesi Selatan (73.xx) in cycles 2075–2077 (methodology ombudsman-2025) and 2015 (the legacy zone method).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpCalls admin;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        for (String cycle : new String[]{"{\"year\":2075,\"methodologyId\":\"ombudsman-2025\"}",
                "{\"year\":2076,\"methodologyId\":\"ombudsman-2025\"}",
                "{\"year\":2077,\"methodologyId\":\"ombudsman-2025\"}",
                "{\"year\":2015,\"methodologyId\":\"ombudsman-legacy\"}"}) {
            assertThat(admin.post("/api/v1/cycles", cycle).statusCode()).isIn(201, 409);
        }
    }

    static JsonNode upload(HttpCalls caller, int year, String kind, String name, byte[] content, int status) {
        HttpResponse<String> response = caller.upload("/api/v1/cycles/" + year + "/imports/" + kind, name, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return HttpCalls.JSON.readTree(response.body());
    }

    @Test
    void unitScoresFromAnXlsxCreateMissingUnitsAndAreScoredAsRecordedScores() {
        byte[] file = ImportFiles.xlsx(List.of(
                List.of("entity_code", "unit_code", "unit_name", "unit_kind", "score", "input", "proses", "output", "pengaduan", "kepercayaan"),
                List.of("73.01", "IMP-DUKCAPIL", "Dukcapil (impor)", "DUKCAPIL", "95,25", "15", "22", "16", "15,05", "27,2"),
                List.<Object>of("73.01", "IMP-RSUD", "RSUD (impor)", "RSUD", 80.5),
                // Typed as a number, the code of Kabupaten Pangkajene dan Kepulauan, 73.10, reaches the file as 73.1.
                List.<Object>of(73.10, "IMP-PANGKEP", "Dukcapil Pangkep (impor)", "DUKCAPIL", 77)));
        JsonNode report = upload(admin, 2075, "unit-scores", "skor-unit.xlsx", file, 200);
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("rows").asInt()).isEqualTo(3);
        assertThat(report.get("errors").size()).isZero();
        assertThat(admin.get("/api/v1/entities/73.10/units/IMP-PANGKEP").statusCode()).isEqualTo(200);

        JsonNode result = HttpCalls.JSON.readTree(admin.get("/api/v1/cycles/2075/results/73.01").body());
        // The entity score is the mean of the unrounded unit scores: (95.25 + 80.50) / 2 = 87.875 → 87.88.
        assertThat(result.get("score").asString()).isEqualTo("87.88");
        JsonNode dukcapil = unit(result, "IMP-DUKCAPIL");
        assertThat(dukcapil.get("score").asString()).isEqualTo("95.25");
        assertThat(dukcapil.get("source").asString()).isEqualTo("DIRECT");
        assertThat(dukcapil.get("dimensions").get("PENGADUAN").asString()).isEqualTo("15.05");
        assertThat(admin.get("/api/v1/entities/73.01/units/IMP-RSUD").statusCode()).isEqualTo(200);

        JsonNode again = upload(admin, 2075, "unit-scores", "copy-of-the-same.xlsx", file, 200);
        assertThat(again.get("status").asString()).isEqualTo("UNCHANGED");
        assertThat(again.get("id").asLong()).isEqualTo(report.get("id").asLong());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'UNIT_SCORE_RECORDED' and year = 2075 and entity_code = '73.01'")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select after->>'sha256' from audit_log where action = 'IMPORT_COMPLETED' and year = 2075")
                .query(String.class).list()).containsExactly(report.get("sha256").asString());
    }

    @Test
    void registryThenUserInterviewsLoadOneAnswerPerRespondentAndIndicator() {
        String registry = """
                entity_code,unit_code,unit_name,unit_kind,product_code,product_name
                73.02,IMP-DPMPTSP,DPMPTSP Impor,DPMPTSP,IZIN-1,Izin usaha
                73.02,IMP-DPMPTSP,DPMPTSP Impor,DPMPTSP,IZIN-2,Izin bangunan
                73.02,IMP-PUSKESMAS,Puskesmas Impor,PUSKESMAS,,
                """;
        JsonNode units = upload(admin, 2076, "registry", "unit.csv", ImportFiles.csv(registry), 200);
        assertThat(units.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(HttpCalls.JSON.readTree(admin.get("/api/v1/entities/73.02/units/IMP-DPMPTSP").body())
                .get("products").size()).isEqualTo(2);

        List<String> indicators = userInterviewIndicators(2076);
        StringBuilder csv = new StringBuilder("entity_code;unit_code;respondent;" + String.join(";", indicators) + "\n");
        for (int respondent = 1; respondent <= 3; respondent++) {
            for (String unit : new String[]{"IMP-DPMPTSP", "IMP-PUSKESMAS"}) {
                csv.append("73.02;").append(unit).append(';').append(respondent);
                indicators.forEach(i -> csv.append(";1"));
                csv.append('\n');
            }
        }
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] content = new byte[bom.length + csv.length()];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(ImportFiles.csv(csv.toString()), 0, content, 3, csv.length());
        JsonNode report = upload(admin, 2076, "user-interviews", "pengguna.csv", content, 200);
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("rows").asInt()).isEqualTo(6);
        JsonNode answers = HttpCalls.JSON.readTree(admin.get("/api/v1/cycles/2076/entities/73.02/units/IMP-PUSKESMAS/answers").body());
        assertThat(answers.size()).isEqualTo(3 * indicators.size());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ANSWERS_REPLACED' and year = 2076")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void answersReplaceEachUnitsAnswersThroughFieldwork() {
        upload(admin, 2077, "registry", "unit.csv", ImportFiles.csv("""
                entity_code,unit_code,unit_name,unit_kind
                73.03,IMP-DINSOS,Dinas Sosial Impor,DINAS_SOSIAL
                """), 200);
        String file = """
                entity_code,unit_code,indicator,respondent,level
                73.03,IMP-DINSOS,%1$s,1,1
                73.03,IMP-DINSOS,%1$s,2,0
                """.formatted(userInterviewIndicators(2077).get(0));
        JsonNode report = upload(admin, 2077, "answers", "jawaban.csv", ImportFiles.csv(file), 200);
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode answers = HttpCalls.JSON.readTree(admin.get("/api/v1/cycles/2077/entities/73.03/units/IMP-DINSOS/answers").body());
        assertThat(answers.size()).isEqualTo(2);
        assertThat(answers.get(0).get("savedBy").asString()).isEqualTo("admin.demo");
    }

    @Test
    void entityScoresOfALegacyYearAreKeptPerEntityAndRankedInTheResults() {
        JsonNode report = upload(admin, 2015, "entity-scores", "zona-2015.csv", ImportFiles.csv("""
                entity_code,score
                73.04,"78,5"
                73.05,91.02
                """), 200);
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select score::text from imported_entity_scores where year = 2015 order by entity_code")
                .query(String.class).list()).containsExactly("78.50", "91.02");
        // The results sheet reads them: graded by the legacy zones and ranked among the regencies of the year.
        JsonNode gowa = HttpCalls.JSON.readTree(admin.get("/api/v1/cycles/2015/results/73.05").body());
        assertThat(gowa.get("score").asString()).isEqualTo("91.02");
        assertThat(gowa.get("zone").asString()).isEqualTo("HIJAU");
        assertThat(gowa.get("units").size()).isZero();
        assertThat(HttpCalls.JSON.readTree(admin.get("/api/v1/cycles/2015/results/73.04").body()).get("nationalRank").asInt())
                .isEqualTo(2);
        // Unit scores do not fit the per-product legacy method: the whole file is refused and says why.
        JsonNode refused = upload(admin, 2015, "unit-scores", "unit.csv", ImportFiles.csv(
                "entity_code,unit_code,unit_name,unit_kind,score\n73.04,X,X,OTHER,50\n"), 422);
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("entity-scores");
    }

    @Test
    void anOfficeHeadImportsOnlyForTheEntitiesOfItsProvinces() {
        HttpCalls head = HttpCalls.anonymous(port).as("kepala.banten").inEnglish();
        JsonNode refused = upload(head, 2075, "unit-scores", "banten.csv", ImportFiles.csv("""
                entity_code,unit_code,unit_name,unit_kind,score
                36.01,IMP-HEAD,Unit Kepala,OTHER,70
                73.01,IMP-HEAD,Unit Kepala,OTHER,70
                """), 422);
        assertThat(refused.get("errors").size()).isEqualTo(1);
        assertThat(refused.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(refused.get("errors").get(0).get("column").asString()).isEqualTo("entity_code");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("outside the provinces of your office");
        assertThat(admin.get("/api/v1/entities/36.01/units/IMP-HEAD").statusCode()).isEqualTo(404);
        HttpResponse<String> assessor = HttpCalls.anonymous(port).as("asisten.banten").upload(
                "/api/v1/cycles/2075/imports/unit-scores", "a.csv", new byte[]{'a'});
        assertThat(assessor.statusCode()).isEqualTo(403);
    }

    @Test
    void eachKindHasAnXlsxAndACsvTemplateWhoseHeaderTheImportReads() throws IOException {
        for (String kind : new String[]{"unit-scores", "entity-scores", "answers", "user-interviews", "registry"}) {
            HttpResponse<byte[]> xlsx = admin.getBytes("/api/v1/imports/" + kind + "/template.xlsx?year=2075");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            List<String> header = new ArrayList<>();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Row first = workbook.getFirstSheet().read().get(0);
                first.forEach(cell -> header.add(cell.getText()));
            }
            String csv = admin.get("/api/v1/imports/" + kind + "/template.csv?year=2075").body().strip();
            assertThat(String.join(",", header)).isEqualTo(csv);
        }
        assertThat(admin.get("/api/v1/imports/user-interviews/template.csv?year=2075").body())
                .startsWith("entity_code,unit_code,respondent," + userInterviewIndicators(2075).get(0));
    }

    private List<String> userInterviewIndicators(int year) {
        String csv = admin.get("/api/v1/imports/user-interviews/template.csv?year=" + year).body().strip();
        return java.util.Arrays.stream(csv.split(",")).skip(3).collect(Collectors.toList());
    }

    private static JsonNode unit(JsonNode result, String code) {
        for (JsonNode unit : result.get("units")) {
            if (code.equals(unit.get("unitCode").asString())) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + code);
    }
}
