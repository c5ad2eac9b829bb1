package id.patuh.results;

import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cycles, directly recorded unit scores and the score sheet, on the published examples. Years 2018 and
 * 2021–2024 belong to this class (the test database is shared by the JVM's test classes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultsApiIntegrationTests {

    @LocalServerPort
    int port;

    ObjectMapper json = id.patuh.support.HttpCalls.JSON;

    HttpCalls admin;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        for (int year : new int[]{2022, 2023, 2024}) {
            HttpResponse<String> opened = admin.post("/api/v1/cycles", "{\"year\":" + year + ",\"methodologyId\":\"ombudsman-2022\"}");
            assertThat(opened.statusCode()).as(opened.body()).isIn(201, 409);
        }
    }

    private void score(int year, String entity, String unit, String body) {
        body(admin.put("/api/v1/cycles/" + year + "/entities/" + entity + "/units/" + unit + "/score", body), 200);
    }

    @Test
    void aCycleIsOpenedOnceUnderAMethodologyThatGovernsItsYear() {
        JsonNode opened = body(admin.post("/api/v1/cycles", "{\"year\":2018,\"methodologyId\":\"ombudsman-legacy\"}"), 201);
        assertThat(opened.get("year").asInt()).isEqualTo(2018);
        assertThat(opened.get("methodologyId").asString()).isEqualTo("ombudsman-legacy");
        body(admin.post("/api/v1/cycles", "{\"year\":2018,\"methodologyId\":\"ombudsman-legacy\"}"), 409);
        body(admin.post("/api/v1/cycles", "{\"year\":2021,\"methodologyId\":\"ombudsman-2022\"}"), 400);
        body(admin.post("/api/v1/cycles", "{\"year\":2021,\"methodologyId\":\"no-such\"}"), 404);
        body(admin.post("/api/v1/cycles", "{\"year\":1990,\"methodologyId\":\"ombudsman-legacy\"}"), 400);
        body(admin.post("/api/v1/cycles", "{\"methodologyId\":\"ombudsman-legacy\"}"), 400);
        List<Integer> years = new ArrayList<>();
        body(admin.get("/api/v1/cycles"), 200).forEach(c -> years.add(c.get("year").asInt()));
        assertThat(years).contains(2018, 2022, 2023, 2024);
        body(admin.get("/api/v1/cycles/2009"), 404);
    }

    @Test
    void pandeglang2024IsTheMeanOfItsSixUnitScores() {
        String[][] units = {{"DUKCAPIL", "97.82"}, {"DPMPTSP", "97.73"}, {"DINSOS", "95.03"}, {"DINDIK", "94.50"},
                {"DINKES", "94.19"}, {"PKM-01", "92.23"}};
        for (String[] unit : units) {
            score(2024, "36.01", unit[0], "{\"score\":" + unit[1] + "}");
        }
        JsonNode pandeglang = body(admin.get("/api/v1/cycles/2024/results/36.01"), 200);
        assertThat(pandeglang.get("score").asString()).isEqualTo("95.25");
        assertThat(pandeglang.get("category").asString()).isEqualTo("A");
        assertThat(pandeglang.get("opinion").asString()).isEqualTo("Kualitas Tertinggi");
        assertThat(pandeglang.get("zone").asString()).isEqualTo("HIJAU");
        assertThat(pandeglang.get("complete").asBoolean()).isTrue();
        assertThat(pandeglang.get("units").size()).isEqualTo(6);
        JsonNode dukcapil = unit(pandeglang, "DUKCAPIL");
        assertThat(dukcapil.get("score").asString()).isEqualTo("97.82");
        assertThat(dukcapil.get("complete").asBoolean()).isTrue();
        assertThat(dukcapil.get("name").asString()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
    }

    @Test
    void aPuskesmasGivenItsDimensionPointsScoresTheirSum() {
        score(2023, "36.02", "PKM-01", "{\"score\":49.85,\"dimensions\":{\"INPUT\":8.72,\"PROSES\":10.76,\"OUTPUT\":20.76,\"PENGADUAN\":9.61}}");
        JsonNode lebak = body(admin.get("/api/v1/cycles/2023/results/36.02"), 200);
        JsonNode puskesmas = unit(lebak, "PKM-01");
        assertThat(puskesmas.get("score").asString()).isEqualTo("49.85");
        assertThat(puskesmas.get("category").asString()).isEqualTo("D");
        assertThat(puskesmas.get("zone").asString()).isEqualTo("MERAH");
        assertThat(puskesmas.get("dimensions").get("PROSES").asString()).isEqualTo("10.76");
        assertThat(puskesmas.get("source").asString()).isEqualTo("DIRECT");
    }

    @Test
    void badScoresAreRefusedWithTheReasonAndChangeNothing() {
        String path = "/api/v1/cycles/2024/entities/36.03/units/DUKCAPIL/score";
        assertThat(body(admin.put(path, "{\"score\":100.01}"), 400).get("detail").asString()).contains("0–100");
        assertThat(body(admin.put(path, "{\"score\":-0.5}"), 400).get("detail").asString()).contains("0–100");
        assertThat(body(admin.put(path, "{\"score\":95.255}"), 400).get("detail").asString()).contains("2 angka desimal");
        body(admin.put(path, "{}"), 400);
        body(admin.put(path, "{\"score\":\"sembilan puluh\"}"), 400);
        assertThat(body(admin.put(path, "{\"score\":50.00,\"dimensions\":{\"INPUT\":10,\"PROSES\":10,\"OUTPUT\":10,\"PENGADUAN\":10}}"), 400)
                .get("detail").asString()).contains("40");
        body(admin.put(path, "{\"score\":40,\"dimensions\":{\"INPUT\":10,\"PROSES\":10,\"OUTPUT\":10,\"KEPERCAYAAN\":10}}"), 400);
        body(admin.put(path, "{\"score\":40,\"dimensions\":{\"INPUT\":30,\"PROSES\":10,\"OUTPUT\":0,\"PENGADUAN\":0}}"), 400);
        body(admin.put("/api/v1/cycles/2024/entities/36.03/units/NO-UNIT/score", "{\"score\":50}"), 404);
        body(admin.put("/api/v1/cycles/2024/entities/99.99/units/DUKCAPIL/score", "{\"score\":50}"), 404);
        body(admin.put("/api/v1/cycles/2009/entities/36.03/units/DUKCAPIL/score", "{\"score\":50}"), 404);
        body(admin.get("/api/v1/cycles/2024/results/36.03"), 404);
    }

    @Test
    void anIncompleteUnitIsReportedWithWhatIsMissingAndItsEntityIsNotRanked() {
        score(2024, "36.04", "DUKCAPIL", "{\"score\":80}");
        assertThat(admin.put("/api/v1/cycles/2024/locus/36.04/units/DINSOS", "").statusCode()).isEqualTo(204);
        JsonNode serang = body(admin.get("/api/v1/cycles/2024/results/36.04"), 200);
        assertThat(serang.get("complete").asBoolean()).isFalse();
        assertThat(serang.get("score").isNull()).isTrue();
        assertThat(serang.get("nationalRank").isNull()).isTrue();
        assertThat(serang.get("incompleteUnits").toString()).isEqualTo("[\"DINSOS\"]");
        JsonNode dinsos = unit(serang, "DINSOS");
        assertThat(dinsos.get("complete").asBoolean()).isFalse();
        assertThat(dinsos.get("score").isNull()).isTrue();
        assertThat(dinsos.get("missing").size()).isGreaterThan(10);
        assertThat(dinsos.get("missing").get(0).get("problem").asString()).isEqualTo("NO_RESPONDENT");
        assertThat(unit(serang, "DUKCAPIL").get("score").asString()).isEqualTo("80.00");
    }

    @Test
    void ranksAreCompetitionRanksNationallyPerTypeAndWithinTheProvince() {
        score(2024, "36", "RSUD", "{\"score\":96.10}");
        score(2024, "36.71", "DUKCAPIL", "{\"score\":95.25}");
        score(2024, "36.72", "DUKCAPIL", "{\"score\":70.00}");
        JsonNode banten = body(admin.get("/api/v1/cycles/2024/results?province=36"), 200);
        List<java.math.BigDecimal> scores = new ArrayList<>();
        banten.forEach(row -> { if (row.get("complete").asBoolean()) scores.add(row.get("score").decimalValue()); });
        for (JsonNode row : banten) {
            if (!row.get("complete").asBoolean()) {
                assertThat(row.get("provinceRank").isNull()).isTrue();
                continue;
            }
            long better = scores.stream().filter(other -> other.compareTo(row.get("score").decimalValue()) > 0).count();
            assertThat(row.get("provinceRank").asInt()).as(row.toString()).isEqualTo(better + 1);
        }
        JsonNode cities = body(admin.get("/api/v1/cycles/2024/results?type=PEMKOT&province=36"), 200);
        assertThat(cities.get(0).get("entityCode").asString()).isEqualTo("36.71");
        assertThat(cities.get(0).get("nationalRank").asInt()).isEqualTo(1);
        assertThat(body(admin.get("/api/v1/cycles/2024/results/36"), 200).get("provinceRank").asInt()).isEqualTo(1);
        assertThat(body(admin.get("/api/v1/cycles/2024/results?type=NOPE"), 200).size()).isZero();
        HttpResponse<String> unknown = admin.get("/api/v1/cycles/2024/results?province=99");
        assertThat(body(unknown, 200).size()).as("an unknown filter code is an empty result, not an error").isZero();
        assertThat(java.net.URLDecoder.decode(unknown.headers().firstValue("X-Patuh-Notice").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Kode provinsi \"99\" tidak dikenal; tidak ada hasil yang cocok.");
        HttpResponse<String> bogus = admin.get("/api/v1/cycles/2024/results?type=BOGUS");
        assertThat(body(bogus, 200).size()).isZero();
        assertThat(bogus.headers().firstValue("X-Patuh-Notice")).isPresent();
    }

    @Test
    void equalRoundedScoresShareARankAndTheNextRankIsSkipped() {
        score(2022, "33.01", "DUKCAPIL", "{\"score\":90.00}");
        score(2022, "33.02", "DUKCAPIL", "{\"score\":85.50}");
        score(2022, "33.03", "DUKCAPIL", "{\"score\":85.50}");
        score(2022, "33.04", "DUKCAPIL", "{\"score\":70.00}");
        List<String> ranks = new ArrayList<>();
        for (JsonNode row : body(admin.get("/api/v1/cycles/2022/results?province=33&type=PEMKAB"), 200)) {
            ranks.add(row.get("entityCode").asString() + ":" + row.get("nationalRank").asInt() + "/" + row.get("provinceRank").asInt());
        }
        assertThat(ranks).containsExactly("33.01:1/1", "33.02:2/2", "33.03:2/2", "33.04:4/4");
    }

    @Test
    void theResultSaysHowItChangedSinceThePreviousCycle() {
        score(2023, "36.73", "DUKCAPIL", "{\"score\":80.00}");
        score(2024, "36.73", "DUKCAPIL", "{\"score\":90.40}");
        JsonNode serang = body(admin.get("/api/v1/cycles/2024/results/36.73"), 200);
        JsonNode previous = serang.get("previous");
        assertThat(previous.get("year").asInt()).isEqualTo(2023);
        assertThat(previous.get("score").asString()).isEqualTo("80.00");
        assertThat(previous.get("category").asString()).isEqualTo("B");
        assertThat(previous.get("zone").asString()).isEqualTo("HIJAU");
        assertThat(previous.get("nationalRank").isNull()).isFalse();
        assertThat(serang.get("scoreChange").asString()).isEqualTo("10.40");
        assertThat(serang.get("category").asString()).isEqualTo("A");
    }

    @Test
    void aUnitInALocusCannotBeRemovedFromTheRegistry() {
        body(admin.put("/api/v1/entities/36.05/units/X-LOCUS", "{\"name\":\"Unit uji\",\"kind\":\"OTHER\"}"), 404);
        body(admin.put("/api/v1/entities/33.05/units/X-LOCUS", "{\"name\":\"Unit uji\",\"kind\":\"OTHER\"}"), 201);
        score(2024, "33.05", "X-LOCUS", "{\"score\":60}");
        assertThat(body(admin.delete("/api/v1/entities/33.05/units/X-LOCUS"), 409).get("detail").asString()).contains("masih dipakai");
        assertThat(admin.get("/api/v1/entities/33.05/units/X-LOCUS").statusCode()).isEqualTo(200);
    }

    @Test
    void aMistypedFieldOrAFractionalYearIsRefusedNotIgnored() {
        body(admin.put("/api/v1/cycles/2024/entities/33.05/units/DUKCAPIL/score", "{\"score\":95.25,\"dimension\":{\"INPUT\":1}}"), 400);
        body(admin.post("/api/v1/cycles", "{\"year\":2022.7,\"methodologyId\":\"ombudsman-2022\"}"), 400);
    }

    @Test
    void theLiveSheetIsForHeadquartersOnlyAndOthersSeeNothingBeforePublication() {
        body(HttpCalls.anonymous(port).get("/api/v1/cycles/2024/results"), 404);
        body(HttpCalls.anonymous(port).as("asisten.banten").get("/api/v1/cycles/2024/results"), 404);
        body(HttpCalls.anonymous(port).as("asisten.banten")
                .put("/api/v1/cycles/2024/entities/36.01/units/DUKCAPIL/score", "{\"score\":10}"), 403);
    }

    private static JsonNode unit(JsonNode entity, String code) {
        for (JsonNode unit : entity.get("units")) {
            if (code.equals(unit.get("unitCode").asString())) {
                return unit;
            }
        }
        throw new AssertionError("No unit " + code + " in " + entity);
    }

    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
