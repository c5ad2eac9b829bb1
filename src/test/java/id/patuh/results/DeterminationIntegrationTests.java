package id.patuh.results;

import id.patuh.support.AnswerSheets;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Determination: snapshots, the embargo, errata and the refusal while units are not ready. Years 2048–2050, 2054, 2057
 * and 2065–2067 belong to this class (the test database is shared by the JVM's test classes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeterminationIntegrationTests {

    static final String FUTURE = "2099-01-01T00:00:00+07:00";
    static final String PAST = "2020-01-01T00:00:00+07:00";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpCalls admin() {
        return HttpCalls.anonymous(port).as("admin.demo");
    }

    private void open(int year) {
        HttpResponse<String> opened = admin().post("/api/v1/cycles", "{\"year\":" + year + ",\"methodologyId\":\"ombudsman-2025\"}");
        assertThat(opened.statusCode()).as(opened.body()).isIn(201, 409);
    }

    private void score(int year, String entity, String unit, String score) {
        body(admin().put("/api/v1/cycles/" + year + "/entities/" + entity + "/units/" + unit + "/score",
                "{\"score\":" + score + "}"), 200);
    }

    private static String decree(String number, String publishAt, String reason) {
        return "{\"decreeNumber\":\"" + number + "\",\"decreeDate\":\"2048-12-10\",\"publishAt\":\"" + publishAt + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    @Test
    void anEmbargoedDeterminationIsNotFoundForEveryoneButHeadquarters() {
        open(2048);
        score(2048, "36.01", "DUKCAPIL", "90.00");
        score(2048, "36.01", "DINSOS", "80.50");
        score(2048, "36.02", "DUKCAPIL", "70.00");
        JsonNode determined = body(admin().post("/api/v1/cycles/2048/determination", decree("12 TAHUN 2048", FUTURE, null)), 201);
        assertThat(determined.get("version").asInt()).isEqualTo(1);
        assertThat(determined.get("published").asBoolean()).isFalse();

        HttpCalls anonymous = HttpCalls.anonymous(port);
        HttpResponse<String> results = anonymous.get("/api/v1/cycles/2048/results");
        assertThat(results.statusCode()).as("an embargo does not reveal that results exist").isEqualTo(404);
        assertThat(anonymous.get("/api/v1/cycles/2048/results/36.01").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/cycles/2048/determination").statusCode()).isEqualTo(404);
        assertThat(HttpCalls.anonymous(port).as("kepala.banten").get("/api/v1/cycles/2048/results").statusCode())
                .as("an office head is not HQ").isEqualTo(404);

        JsonNode hq = body(admin().get("/api/v1/cycles/2048/determination"), 200);
        assertThat(hq.get("decreeNumber").asString()).isEqualTo("12 TAHUN 2048");
        assertThat(hq.get("decreeDate").asString()).isEqualTo("2048-12-10");
        assertThat(hq.get("errata").size()).isZero();
        JsonNode pandeglang = body(admin().get("/api/v1/cycles/2048/results/36.01"), 200);
        assertThat(pandeglang.get("score").asString()).isEqualTo("85.25");
    }

    @Test
    void aCorrectionIsANewVersionWithItsReasonAndThePublishedVersionNeverChanges() {
        open(2049);
        score(2049, "36.03", "DUKCAPIL", "91.00");
        score(2049, "36.04", "DUKCAPIL", "88.00");
        body(admin().post("/api/v1/cycles/2049/determination", decree("7 TAHUN 2049", PAST, null)), 201);

        HttpCalls anonymous = HttpCalls.anonymous(port);
        JsonNode published = body(anonymous.get("/api/v1/cycles/2049/results?province=36"), 200);
        assertThat(scoreOf(published, "36.04")).isEqualTo("88.00");
        assertThat(scoreOf(published, "36.03")).isEqualTo("91.00");
        assertThat(published.get(0).get("nationalRank").asInt()).isEqualTo(1);

        // A determined cycle's data is frozen; a correction reopens it with a reason first.
        body(admin().put("/api/v1/cycles/2049/entities/36.04/units/DUKCAPIL/score", "{\"score\":95.00}"), 409);
        body(admin().post("/api/v1/cycles/2049/determination", decree("8 TAHUN 2049", PAST, "x")), 409);
        body(admin().post("/api/v1/cycles/2049/determination/reopen", "{}"), 400);
        assertThat(admin().post("/api/v1/cycles/2049/determination/reopen",
                "{\"reason\":\"Salah input nilai DUKCAPIL Kabupaten Serang\"}").statusCode()).isEqualTo(204);
        score(2049, "36.04", "DUKCAPIL", "95.00");
        assertThat(scoreOf(body(anonymous.get("/api/v1/cycles/2049/results?province=36"), 200), "36.04"))
                .as("the public keeps seeing version 1 while HQ corrects").isEqualTo("88.00");

        JsonNode corrected = body(admin().post("/api/v1/cycles/2049/determination", decree("8 TAHUN 2049", PAST, null)), 201);
        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        JsonNode erratum = corrected.get("errata").get(0);
        assertThat(erratum.get("version").asInt()).isEqualTo(2);
        assertThat(erratum.get("reason").asString()).as("the reopening's reason is the erratum's by default")
                .isEqualTo("Salah input nilai DUKCAPIL Kabupaten Serang");
        assertThat(erratum.get("at").asString()).isNotBlank();

        JsonNode publicDetermination = body(anonymous.get("/api/v1/cycles/2049/determination"), 200);
        assertThat(publicDetermination.get("version").asInt()).isEqualTo(2);
        assertThat(publicDetermination.get("decreeNumber").asString()).isEqualTo("8 TAHUN 2049");
        JsonNode after = body(anonymous.get("/api/v1/cycles/2049/results?province=36"), 200);
        assertThat(scoreOf(after, "36.04")).isEqualTo("95.00");
        assertThat(after.get(0).get("entityCode").asString()).isEqualTo("36.04");

        assertThat(jdbc.sql("select score from snapshot_entities where year = 2049 and version = 1 and entity_code = '36.04'")
                .query(String.class).single()).as("version 1 is kept as it was").isEqualTo("88.00");
        assertThatThrownBy(() -> jdbc.sql("update snapshot_entities set score = 1 where year = 2049").update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from determinations where year = 2049").update())
                .hasMessageContaining("immutable");
        assertThat(jdbc.sql("select action from audit_log where year = 2049 and action in ('RESULTS_DETERMINED', 'CYCLE_REOPENED', 'RESULTS_CORRECTED') order by id")
                .query(String.class).list()).containsExactly("RESULTS_DETERMINED", "CYCLE_REOPENED", "RESULTS_CORRECTED");
    }

    @Test
    void aReopenedCycleCanBeCorrectedByHeadquartersEvenAfterItsPhasesRanOut() {
        open(2054);
        score(2054, "33.04", "DUKCAPIL", "60.00");
        // The whole timeline lies in the past: today is in the publication phase, long after determination began.
        body(admin().put("/api/v1/cycles/2054/phases", "{\"phases\":[{\"phase\":\"DETERMINATION\",\"startsOn\":\"2020-01-01\",\"endsOn\":\"2020-01-31\"},"
                + "{\"phase\":\"PUBLISHED\",\"startsOn\":\"2020-02-01\"}]}"), 200);
        body(admin().put("/api/v1/cycles/2054/entities/33.04/units/DUKCAPIL/score", "{\"score\":61.00}"), 409);
        body(admin().post("/api/v1/cycles/2054/determination", decree("9 TAHUN 2054", PAST, null)), 201);
        assertThat(admin().post("/api/v1/cycles/2054/determination/reopen", "{\"reason\":\"Nilai tertukar\"}").statusCode())
                .isEqualTo(204);
        score(2054, "33.04", "DUKCAPIL", "66.00");
        JsonNode corrected = body(admin().post("/api/v1/cycles/2054/determination", decree("10 TAHUN 2054", PAST, null)), 201);
        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        body(admin().put("/api/v1/cycles/2054/entities/33.04/units/DUKCAPIL/score", "{\"score\":67.00}"), 409);
        assertThat(body(HttpCalls.anonymous(port).get("/api/v1/cycles/2054/results/33.04"), 200).get("score").asString())
                .isEqualTo("66.00");
    }

    @Test
    void aDeterminationIsRefusedWithTheListWhileUnitsAreIncompleteOrUnverified() {
        open(2050);
        score(2050, "33.01", "DUKCAPIL", "77.00");
        assertThat(admin().put("/api/v1/cycles/2050/locus/33.01/units/DINSOS", "").statusCode()).isIn(200, 204);
        HttpResponse<String> answered = admin().put("/api/v1/cycles/2050/entities/33.02/units/DUKCAPIL/answers",
                "{\"answers\":[" + AnswerSheets.fullMarks(admin(), "ombudsman-2025") + "]}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        JsonNode refused = body(admin().post("/api/v1/cycles/2050/determination", decree("1 TAHUN 2050", PAST, null)), 409);
        assertThat(refused.get("detail").asString()).contains("2 unit");
        List<String> listed = new ArrayList<>();
        refused.get("units").forEach(u -> listed.add(u.get("entityCode").asString() + "/" + u.get("unitCode").asString()
                + ":" + u.get("problem").asString()));
        assertThat(listed).containsExactly("33.01/DINSOS:INCOMPLETE", "33.02/DUKCAPIL:UNVERIFIED");
        assertThat(jdbc.sql("select count(*) from determinations where year = 2050").query(Integer.class).single()).isZero();
        body(admin().get("/api/v1/cycles/2050/determination"), 404);
    }

    @Test
    void aDeterminationNeedsItsDecreeAndOnlyHeadquartersMayMakeIt() {
        open(2050);
        JsonNode missing = body(admin().post("/api/v1/cycles/2050/determination",
                "{\"decreeDate\":\"2050-12-01\",\"publishAt\":\"" + PAST + "\"}"), 400);
        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("decreeNumber");
        assertThat(missing.get("detail").asString()).isEqualTo("Nomor keputusan wajib diisi.");
        JsonNode english = body(admin().inEnglish().post("/api/v1/cycles/2050/determination",
                "{\"decreeNumber\":\"1\",\"publishAt\":\"" + PAST + "\"}"), 400);
        assertThat(english.get("detail").asString()).isEqualTo("The decree date is required.");
        body(admin().post("/api/v1/cycles/2050/determination", "{\"decreeNumber\":\"1\",\"decreeDate\":\"2050-13-40\"}"), 400);
        assertThat(HttpCalls.anonymous(port).as("kepala.jateng")
                .post("/api/v1/cycles/2050/determination", decree("1", PAST, null)).statusCode()).isEqualTo(403);
        assertThat(HttpCalls.anonymous(port).post("/api/v1/cycles/2050/determination", decree("1", PAST, null))
                .statusCode()).isEqualTo(401);
        body(admin().post("/api/v1/cycles/2050/determination/reopen", "{\"reason\":\"x\"}"), 409);
        body(admin().post("/api/v1/cycles/1999/determination", decree("1", PAST, null)), 404);
    }

    @Test
    void openDataServesThePublishedVersionOnlyAsCsvAndJsonWithAnEtag() {
        open(2057);
        HttpCalls anonymous = HttpCalls.anonymous(port);
        assertThat(anonymous.get("/open-data/2048.csv").statusCode()).as("embargoed").isEqualTo(404);
        assertThat(anonymous.get("/open-data/abc.json").statusCode()).isEqualTo(404);
        score(2057, "36.03", "DUKCAPIL", "91.00");
        score(2057, "36.04", "DUKCAPIL", "88.00");
        body(admin().post("/api/v1/cycles/2057/determination", decree("7 TAHUN 2057", PAST, null)), 201);
        HttpResponse<String> csv = anonymous.get("/open-data/2057.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        String etag = csv.headers().firstValue("ETag").orElseThrow();
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).startsWith("year,version,entity_code,entity_name,entity_type,province_code,province_name,score,category");
        String version = body(anonymous.get("/api/v1/cycles/2057/determination"), 200).get("version").asString();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("2057," + version + ",36.03,")
                .contains(",PEMKAB,36,Banten,").contains(",91.00,A,"));
        assertThat(lines).hasSize(3);
        assertThat(anonymous.header("If-None-Match", etag).get("/open-data/2057.csv").statusCode()).isEqualTo(304);

        JsonNode document = body(anonymous.get("/open-data/2057.json"), 200);
        assertThat(document.get("year").asInt()).isEqualTo(2057);
        assertThat(document.get("entities").size()).isEqualTo(2);
        JsonNode first = document.get("entities").get(0);
        assertThat(first.get("entity_code").asString()).isIn("36.03", "36.04");
        assertThat(first.get("unit_count").asInt()).isEqualTo(1);
        assertThat(anonymous.get("/open-data").body()).contains("/open-data/2057.csv").contains("score_change");
    }

    @Test
    void changeSinceLastYearIsMeasuredAgainstThePreviousCyclesDeterminedFiguresNotItsLiveData() {
        open(2065);
        open(2066);
        score(2065, "36.73", "DUKCAPIL", "70.00");
        body(admin().post("/api/v1/cycles/2065/determination", decree("1 TAHUN 2065", PAST, null)), 201);
        // 2065 is reopened and corrected but its correction is not determined: it is not official yet.
        assertThat(admin().post("/api/v1/cycles/2065/determination/reopen", "{\"reason\":\"Cek ulang\"}").statusCode())
                .isEqualTo(204);
        score(2065, "36.73", "DUKCAPIL", "75.00");
        score(2066, "36.73", "DUKCAPIL", "80.00");
        assertThat(body(admin().get("/api/v1/cycles/2066/results/36.73"), 200).get("previous").get("score").asString())
                .as("HQ's live sheet compares with live data").isEqualTo("75.00");
        body(admin().post("/api/v1/cycles/2066/determination", decree("1 TAHUN 2066", PAST, null)), 201);
        JsonNode published = body(HttpCalls.anonymous(port).get("/api/v1/cycles/2066/results/36.73"), 200);
        assertThat(published.get("previous").get("year").asInt()).isEqualTo(2065);
        assertThat(published.get("previous").get("score").asString()).isEqualTo("70.00");
        assertThat(published.get("previous").get("nationalRank").asInt()).isEqualTo(1);
        assertThat(published.get("scoreChange").asString()).isEqualTo("10.00");
    }

    @Test
    void anErratumCorrectsACapturedUnitThatHeadquartersHadCentrallyVerified() {
        open(2067);
        String unit = "/api/v1/cycles/2067/entities/36.71/units/DUKCAPIL/";
        body(admin().put(unit + "answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin(), "ombudsman-2025") + "]}"), 200);
        body(HttpCalls.anonymous(port).as("asisten.banten").post(unit + "submit", ""), 200);
        body(HttpCalls.anonymous(port).as("kepala.banten").post(unit + "verify", ""), 200);
        body(admin().post("/api/v1/cycles/2067/entities/36.71/central-verification", ""), 200);
        body(admin().post("/api/v1/cycles/2067/determination", decree("2 TAHUN 2067", PAST, null)), 201);
        assertThat(admin().post("/api/v1/cycles/2067/determination/reopen", "{\"reason\":\"Jawaban salah\"}").statusCode())
                .isEqualTo(204);
        body(admin().put(unit + "answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin(), "ombudsman-2025", "IN.KP.01")
                + ",{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":0}]}"), 200);
        JsonNode corrected = body(admin().post("/api/v1/cycles/2067/determination", decree("3 TAHUN 2067", PAST, null)), 201);
        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        assertThat(new java.math.BigDecimal(body(HttpCalls.anonymous(port).get("/api/v1/cycles/2067/results/36.71"), 200)
                .get("score").asString())).isLessThan(new java.math.BigDecimal("100.00"));
    }

    private static String scoreOf(JsonNode rows, String entityCode) {
        for (JsonNode row : rows) {
            if (row.get("entityCode").asString().equals(entityCode)) {
                return row.get("score").asString();
            }
        }
        throw new AssertionError(entityCode + " not in " + rows);
    }

    private JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body() == null || response.body().isBlank() ? null : HttpCalls.JSON.readTree(response.body());
    }
}
