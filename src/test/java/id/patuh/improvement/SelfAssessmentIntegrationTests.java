package id.patuh.improvement;

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

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity workspace through its API: predictions from the official engine on a small instrument, scope for
 * entity and Ombudsman users, the separation from official data, evidence rules, the plan's field errors, findings
 * with recurrence and improvement across 2058 → 2059, reconciliation and overdue reminders. Years 2058 and 2059 and
 * the self-assessment rounds of 36.01 and 33.10 belong to this module's test classes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "patuh.test.own-database=true")
class SelfAssessmentIntegrationTests {

    static final String SMALL = """
            id: uji-mandiri-kecil
            name: { id: Uji penilaian mandiri, en: Self-assessment test }
            years:
              firstYear: 2058
            status: ACTIVE
            provenance: { id: Instrumen uji kecil, en: A small test instrument }
            scales:
              TIGA:
                levels:
                  - value: 0
                    label: { id: Tidak, en: No }
                  - value: 1
                    label: { id: Sedikit, en: A little }
                  - value: 2
                    label: { id: Sebagian, en: Partly }
                  - value: 3
                    label: { id: Penuh, en: Fully }
            dimensions:
              - code: INPUT
                name: { id: Input, en: Input }
                weight: 40
                variables:
                  - code: SARANA_UJI
                    name: { id: Sarana, en: Facilities }
                    indicators:
                      - code: UJ.IN.01
                        source: DOCUMENT
                        scale: TIGA
                        weight: 60
                        text: { id: Dokumen satu, en: Document one }
                        recommendation: { id: Lengkapi dokumen satu, en: Complete document one }
                      - code: UJ.IN.02
                        source: OBSERVATION
                        scale: TIGA
                        weight: 40
                        text: { id: Observasi dua, en: Observation two }
                        recommendation: { id: Perbaiki sarana dua, en: Fix facility two }
              - code: PROSES
                name: { id: Proses, en: Process }
                weight: 60
                variables:
                  - code: STANDAR_UJI
                    name: { id: Standar, en: Standard }
                    indicators:
                      - code: UJ.PR.01
                        source: OFFICIAL_INTERVIEW
                        scale: TIGA
                        weight: 100
                        text: { id: Wawancara tiga, en: Interview three }
                        recommendation: { id: Latih pelaksana, en: Train the officials }
            grades:
              - category: A
                opinion: { id: Kualitas Tertinggi, en: Highest quality }
                zone: HIJAU
                lowerBound: 88.00
              - category: B
                opinion: { id: Kualitas Tinggi, en: High quality }
                zone: HIJAU
                lowerBound: 78.00
              - category: C
                opinion: { id: Kualitas Sedang, en: Moderate quality }
                zone: KUNING
                lowerBound: 54.00
              - category: D
                opinion: { id: Kualitas Rendah, en: Low quality }
                zone: MERAH
                lowerBound: 32.00
              - category: E
                opinion: { id: Kualitas Terendah, en: Lowest quality }
                zone: MERAH
                lowerBound: 0
            aggregation:
              respondents: MEAN
              unitToEntity: MEAN_OF_UNITS
              rounding:
                scale: 2
                mode: HALF_UP
            """;

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueReminders reminders;

    ObjectMapper json = HttpCalls.JSON;
    HttpCalls admin;
    HttpCalls pandeglang;
    HttpCalls operator;
    HttpCalls klaten;

    @BeforeEach
    void setUp() {
        HttpCalls anonymous = HttpCalls.anonymous(port);
        admin = anonymous.as("admin.demo");
        pandeglang = anonymous.as("koordinator.pandeglang");
        operator = anonymous.as("operator.pandeglang");
        klaten = anonymous.as("koordinator.klaten");
    }

    static String base(String entity) {
        return "/api/v1/improvement/entities/" + entity;
    }

    /** Closes whatever round the entity has open (another test may have left one) and opens a new one. */
    long freshRound(HttpCalls coordinator, String entity, String methodologyId) {
        for (JsonNode round : body(coordinator.get(base(entity) + "/self-assessments"), 200)) {
            if (round.get("closedAt").isNull()) {
                body(coordinator.post(base(entity) + "/self-assessments/" + round.get("id").asLong() + "/close", ""), 200);
            }
        }
        JsonNode opened = body(coordinator.post(base(entity) + "/self-assessments",
                "{\"methodologyId\":\"" + methodologyId + "\"}"), 201);
        assertThat(opened.get("methodologyId").asString()).isEqualTo(methodologyId);
        return opened.get("id").asLong();
    }

    JsonNode answer(HttpCalls who, String entity, long round, String unit, String indicator, Integer level, int status) {
        return body(who.put(base(entity) + "/self-assessments/" + round + "/units/" + unit + "/answers/" + indicator,
                "{\"level\":" + level + "}"), status);
    }

    void uploadSmall() {
        if (admin.get("/api/v1/methodologies/uji-mandiri-kecil").statusCode() == 404) {
            HttpResponse<String> uploaded = admin.post("/api/v1/methodologies", "application/yaml",
                    SMALL.getBytes(StandardCharsets.UTF_8));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        }
    }

    @Test
    void aPredictionIsTheEnginesScoreWithUnansweredIndicatorsAtZeroAndGapsOrderedByPointsAtStake() {
        uploadSmall();
        long round = freshRound(klaten, "33.10", "uji-mandiri-kecil");
        // INPUT 40 × (0.6 × 3/3 + 0.4 × 1/3) = 24 + 5.3333 = 29.3333; PROSES unanswered, so 0.
        answer(klaten, "33.10", round, "DUKCAPIL", "UJ.IN.01", 3, 200);
        JsonNode unit = answer(klaten, "33.10", round, "DUKCAPIL", "UJ.IN.02", 1, 200);
        assertThat(unit.get("score").asString()).isEqualTo("29.33");
        assertThat(unit.get("category").asString()).isEqualTo("E");
        assertThat(unit.get("zone").asString()).isEqualTo("MERAH");
        assertThat(unit.get("answered").asInt()).isEqualTo(2);
        assertThat(unit.get("unanswered").asInt()).isEqualTo(1);
        assertThat(unit.get("dimensions").get("INPUT").asString()).isEqualTo("29.33");
        assertThat(unit.get("dimensions").get("PROSES").asString()).isEqualTo("0.00");
        // UJ.PR.01 at its best adds the whole PROSES weight, 60; UJ.IN.02 from 1 to 3 adds 40 × 0.4 × 2/3 = 10.6667.
        JsonNode gaps = unit.get("gaps");
        assertThat(gaps.size()).isEqualTo(2);
        assertThat(gaps.get(0).get("indicatorCode").asString()).isEqualTo("UJ.PR.01");
        assertThat(gaps.get(0).get("pointsAtStake").asString()).isEqualTo("60.00");
        assertThat(gaps.get(0).get("level").isNull()).isTrue();
        assertThat(gaps.get(1).get("indicatorCode").asString()).isEqualTo("UJ.IN.02");
        assertThat(gaps.get(1).get("pointsAtStake").asString()).isEqualTo("10.67");
        assertThat(gaps.get(1).get("recommendationId").asString()).isEqualTo("Perbaiki sarana dua");

        // PROSES 60 × 2/3 = 40 → 69.3333: C, KUNING.
        unit = answer(klaten, "33.10", round, "DUKCAPIL", "UJ.PR.01", 2, 200);
        assertThat(unit.get("score").asString()).isEqualTo("69.33");
        assertThat(unit.get("category").asString()).isEqualTo("C");
        assertThat(unit.get("zone").asString()).isEqualTo("KUNING");
        // DINSOS: INPUT 40 × (0.6 × 2/3 + 0.4) = 32, PROSES 60: 92.
        answer(klaten, "33.10", round, "DINSOS", "UJ.IN.01", 2, 200);
        answer(klaten, "33.10", round, "DINSOS", "UJ.IN.02", 3, 200);
        answer(klaten, "33.10", round, "DINSOS", "UJ.PR.01", 3, 200);

        // The entity: the mean of the unrounded unit scores, (69.3333 + 92) / 2 = 80.6667 → 80.67, B, HIJAU.
        JsonNode entity = body(klaten.get(base("33.10") + "/self-assessments/" + round), 200);
        assertThat(entity.get("score").asString()).isEqualTo("80.67");
        assertThat(entity.get("category").asString()).isEqualTo("B");
        assertThat(entity.get("opinion").asString()).isEqualTo("Kualitas Tinggi");
        assertThat(entity.get("zone").asString()).isEqualTo("HIJAU");
        assertThat(entity.get("unitsAssessed").asInt()).isEqualTo(2);

        // Clearing an answer takes it back to 0; a level off the scale or an unknown indicator is refused.
        unit = answer(klaten, "33.10", round, "DUKCAPIL", "UJ.PR.01", null, 200);
        assertThat(unit.get("score").asString()).isEqualTo("29.33");
        assertThat(answer(klaten, "33.10", round, "DUKCAPIL", "UJ.PR.01", 4, 400).get("errors").get(0).get("field")
                .asString()).isEqualTo("level");
        assertThat(answer(klaten, "33.10", round, "DUKCAPIL", "IN.KP.01", 2, 400).get("detail").asString())
                .contains("IN.KP.01");

        // Closed rounds keep their answers for the trend and take no more: (29.3333 + 92) / 2 = 60.6667.
        body(klaten.post(base("33.10") + "/self-assessments/" + round + "/close", ""), 200);
        answer(klaten, "33.10", round, "DUKCAPIL", "UJ.PR.01", 3, 409);
        assertThat(body(klaten.get(base("33.10") + "/self-assessments/" + round), 200).get("score").asString())
                .isEqualTo("60.67");
    }

    @Test
    void eachUserSeesOnlyTheirScopeAndTheOmbudsmanOnlySharedRoundsReadOnly() {
        uploadSmall();
        long round = freshRound(pandeglang, "36.01", "uji-mandiri-kecil");
        String path = base("36.01") + "/self-assessments/" + round;

        // The unit operator works on its own unit only and does not see the entity's mean.
        answer(operator, "36.01", round, "DUKCAPIL", "UJ.IN.01", 3, 200);
        answer(operator, "36.01", round, "DINSOS", "UJ.IN.01", 3, 403);
        body(operator.get(path + "/units/DINSOS"), 403);
        JsonNode seen = body(operator.get(path), 200);
        assertThat(seen.get("units").size()).isEqualTo(1);
        assertThat(seen.get("units").get(0).get("unitCode").asString()).isEqualTo("DUKCAPIL");
        assertThat(seen.get("score").isNull()).isTrue();
        body(operator.post(path + "/close", ""), 403);
        body(operator.put(path + "/sharing", "{\"shared\":true}"), 403);
        assertThat(body(operator.get(base("36.01") + "/readiness"), 200).get("units").size()).isEqualTo(1);

        // Another entity's coordinator is refused everything of this one.
        body(klaten.get(base("36.01") + "/self-assessments"), 403);
        body(klaten.get(path), 403);
        body(klaten.get(base("36.01") + "/readiness"), 403);
        body(klaten.get(base("36.01") + "/actions"), 403);
        answer(klaten, "36.01", round, "DUKCAPIL", "UJ.IN.01", 1, 403);
        // A round id of another entity is unknown under this one.
        body(pandeglang.get(base("33.10") + "/self-assessments/" + round), 403);
        body(klaten.get(base("33.10") + "/self-assessments/" + round), 404);

        // The Ombudsman sees nothing until the coordinator shares the round, then reads it and nothing more.
        HttpCalls banten = HttpCalls.anonymous(port).as("kepala.banten");
        HttpCalls jateng = HttpCalls.anonymous(port).as("kepala.jateng");
        body(banten.get(path), 404);
        body(admin.get(path), 404);
        assertThat(body(banten.get(base("36.01") + "/self-assessments"), 200).toString()).doesNotContain("\"id\":" + round + ",");
        body(pandeglang.put(path + "/sharing", "{\"shared\":true}"), 200);
        assertThat(body(banten.get(path), 200).get("score").asString()).isEqualTo("24.00");
        assertThat(body(admin.get(path), 200).get("units").size()).isGreaterThan(1);
        body(HttpCalls.anonymous(port).as("asisten.banten").get(path + "/units/DUKCAPIL"), 200);
        body(jateng.get(path), 404);
        answer(banten, "36.01", round, "DUKCAPIL", "UJ.IN.01", 1, 403);
        answer(admin, "36.01", round, "DUKCAPIL", "UJ.IN.01", 1, 403);
        body(banten.post(path + "/close", ""), 403);
        body(banten.get(base("36.01") + "/readiness"), 403);
        body(pandeglang.put(path + "/sharing", "{\"shared\":false}"), 200);
        body(banten.get(path), 404);
        body(HttpCalls.anonymous(port).get(path), 401);
    }

    @Test
    void evidenceOfTheWrongTypeSizeOrEmptyIsRefusedWithAMessageAndNothingKept() {
        uploadSmall();
        long round = freshRound(pandeglang, "36.01", "uji-mandiri-kecil");
        String path = base("36.01") + "/self-assessments/" + round + "/units/DUKCAPIL/evidence";
        long before = jdbc.sql("select count(*) from improvement_evidence").query(Long.class).single();

        JsonNode text = body(pandeglang.post(path, Multipart.CONTENT_TYPE, multipart("foto.jpg", "hanya teks".getBytes(StandardCharsets.UTF_8), "UJ.IN.01")), 400);
        assertThat(text.get("detail").asString()).contains("Jenis berkas tidak diterima");
        assertThat(text.get("errors").get(0).get("field").asString()).isEqualTo("file");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        assertThat(body(pandeglang.post(path, Multipart.CONTENT_TYPE, multipart("besar.png", large, null)), 400).get("detail").asString())
                .contains("terlalu besar").contains("10 MB");
        body(pandeglang.post(path, Multipart.CONTENT_TYPE, multipart("kosong.pdf", new byte[0], null)), 400);
        body(pandeglang.post(path, Multipart.CONTENT_TYPE, multipart("papan.png", PNG, "XX.99")), 400);
        assertThat(jdbc.sql("select count(*) from improvement_evidence").query(Long.class).single()).isEqualTo(before);

        JsonNode kept = body(pandeglang.post(path, Multipart.CONTENT_TYPE, multipart("papan.png", PNG, "UJ.IN.01")), 201);
        assertThat(kept.get("mediaType").asString()).isEqualTo("image/png");
        assertThat(kept.get("indicatorCode").asString()).isEqualTo("UJ.IN.01");
        JsonNode unit = body(pandeglang.get(base("36.01") + "/self-assessments/" + round + "/units/DUKCAPIL"), 200);
        assertThat(unit.get("evidence").size()).isEqualTo(1);
        body(operator.post(base("36.01") + "/self-assessments/" + round + "/units/DINSOS/evidence",
                Multipart.CONTENT_TYPE, multipart("papan.png", PNG, null)), 403);
    }

    @Test
    void anActionWithoutOwnerOrDueDateIsRefusedFieldByField() {
        body(pandeglang.post(base("36.01") + "/actions", "{\"unitCode\":\"DUKCAPIL\",\"description\":\"Pasang papan\","
                + "\"dueDate\":\"2059-01-31\"}"), 400);
        JsonNode noOwner = body(pandeglang.post(base("36.01") + "/actions", "{\"unitCode\":\"DUKCAPIL\","
                + "\"description\":\"Pasang papan\",\"owner\":\"  \",\"dueDate\":\"2059-01-31\"}"), 400);
        assertThat(noOwner.get("errors").get(0).get("field").asString()).isEqualTo("owner");
        assertThat(noOwner.get("detail").asString()).isEqualTo("Sebutkan penanggung jawab.");
        JsonNode noDue = body(pandeglang.post(base("36.01") + "/actions", "{\"unitCode\":\"DUKCAPIL\","
                + "\"description\":\"Pasang papan\",\"owner\":\"Kabid\"}"), 400);
        assertThat(noDue.get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
        JsonNode unknownIndicator = body(pandeglang.post(base("36.01") + "/actions", "{\"unitCode\":\"DUKCAPIL\","
                + "\"source\":\"SELF_ASSESSMENT\",\"indicatorCode\":\"XX.99\",\"description\":\"x\",\"owner\":\"Kabid\","
                + "\"dueDate\":\"2059-01-31\"}"), 400);
        assertThat(unknownIndicator.get("errors").get(0).get("field").asString()).isEqualTo("indicatorCode");
        assertThat(unknownIndicator.get("detail").asString()).startsWith("Indikator XX.99 tidak ada dalam metodologi");
        body(operator.post(base("36.01") + "/actions", "{\"unitCode\":\"DINSOS\",\"description\":\"x\",\"owner\":\"y\","
                + "\"dueDate\":\"2059-01-31\"}"), 403);
        JsonNode added = body(operator.post(base("36.01") + "/actions", "{\"unitCode\":\"DUKCAPIL\","
                + "\"description\":\"Pasang papan alur\",\"owner\":\"Kasi Pelayanan\",\"dueDate\":\"2059-01-31\"}"), 201);
        assertThat(added.get("status").asString()).isEqualTo("PLANNED");
        String status = base("36.01") + "/actions/" + added.get("id").asLong() + "/status";
        assertThat(body(operator.put(status, "{\"status\":\"DONE\"}"), 400).get("errors").get(0).get("field").asString())
                .isEqualTo("completionNote");
        JsonNode done = body(operator.put(status, "{\"status\":\"DONE\",\"completionNote\":\"Foto papan terlampir\"}"), 200);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        body(klaten.put(status.replace("36.01", "33.10"), "{\"status\":\"DONE\",\"completionNote\":\"x\"}"), 404);
    }

    @Test
    void aSelfAssessmentRoundNeverChangesOfficialAnswersOrResults() {
        ensureOfficialYears();
        Map<String, Object> before = official();
        String resultsBefore = admin.get("/api/v1/cycles/2059/results/36.01").body();
        String publishedBefore = HttpCalls.anonymous(port).get("/api/v1/cycles/2059/results/36.01").body();

        long round = freshRound(pandeglang, "36.01", "ombudsman-2025");
        for (String indicator : List.of("IN.KP.01", "IN.KP.02", "PR.SP.01", "IN.SP.02")) {
            answer(pandeglang, "36.01", round, "DUKCAPIL", indicator, 0, 200);
        }
        body(pandeglang.post(base("36.01") + "/self-assessments/" + round + "/units/DUKCAPIL/evidence",
                Multipart.CONTENT_TYPE, multipart("papan.png", PNG, "PR.SP.01")), 201);
        body(pandeglang.put(base("36.01") + "/units/DUKCAPIL/components/PERSYARATAN",
                "{\"published\":true,\"publishedWhere\":\"papan informasi\",\"reviewedOn\":\"2026-01-05\"}"), 200);

        assertThat(official()).isEqualTo(before);
        assertThat(admin.get("/api/v1/cycles/2059/results/36.01").body()).isEqualTo(resultsBefore);
        assertThat(HttpCalls.anonymous(port).get("/api/v1/cycles/2059/results/36.01").body()).isEqualTo(publishedBefore);
    }

    @Test
    void findingsRecurAndImproveAcrossCyclesAndActionsShowTheNextCyclesVerdict() {
        ensureOfficialYears();
        JsonNode findings2058 = body(pandeglang.get(base("36.01") + "/findings?year=2058"), 200);
        Map<String, JsonNode> first = byIndicator(findings2058);
        assertThat(first.keySet()).containsExactlyInAnyOrder("IN.KP.01", "IN.KP.02", "PR.SP.01");
        assertThat(first.get("IN.KP.01").get("officialLevel").asString()).isEqualTo("1.00");
        assertThat(first.get("IN.KP.01").get("recurring").asBoolean()).isFalse();
        assertThat(first.get("IN.KP.01").get("pointsLost").decimalValue()).isPositive();

        Map<String, JsonNode> second = byIndicator(body(pandeglang.get(base("36.01") + "/findings"), 200));
        assertThat(second.keySet()).containsExactlyInAnyOrder("IN.KP.01", "IN.KP.02", "IN.SP.02");
        assertThat(second.get("IN.KP.01").get("year").asInt()).isEqualTo(2059);
        assertThat(second.get("IN.KP.01").get("recurring").asBoolean()).isTrue();
        assertThat(second.get("IN.KP.01").get("previousLevel").asString()).isEqualTo("1.00");
        assertThat(second.get("IN.KP.02").get("recurring").asBoolean()).isTrue();
        assertThat(second.get("IN.SP.02").get("recurring").asBoolean()).isFalse();
        // IN.KP.02 lost the same 1-of-3 level both years; IN.KP.01 lost less in 2059 (level 2).
        assertThat(second.get("IN.KP.02").get("pointsLost").decimalValue())
                .isEqualByComparingTo(first.get("IN.KP.02").get("pointsLost").decimalValue());
        assertThat(second.get("IN.KP.01").get("pointsLost").decimalValue())
                .isLessThan(first.get("IN.KP.01").get("pointsLost").decimalValue());

        Map<String, JsonNode> actions = new LinkedHashMap<>();
        for (String indicator : List.of("IN.KP.01", "IN.KP.02", "PR.SP.01")) {
            JsonNode action = body(pandeglang.post(base("36.01") + "/actions", "{\"unitCode\":\"DUKCAPIL\",\"indicatorCode\":\""
                    + indicator + "\",\"source\":\"OFFICIAL_FINDING\",\"findingYear\":2058,\"description\":\"Tindak lanjut "
                    + indicator + "\",\"owner\":\"Kepala Dinas\",\"dueDate\":\"2026-01-31\"}"), 201);
            actions.put(indicator, action);
        }
        assertThat(actions.get("IN.KP.01").get("followUp").get("nextYear").asInt()).isEqualTo(2059);
        assertThat(actions.get("IN.KP.01").get("followUp").get("improved").asBoolean()).isTrue();
        assertThat(actions.get("IN.KP.01").get("followUp").get("recurred").asBoolean()).isTrue();
        assertThat(actions.get("IN.KP.01").get("followUp").get("nextLevel").asString()).isEqualTo("2.00");
        assertThat(actions.get("IN.KP.02").get("followUp").get("improved").asBoolean()).isFalse();
        assertThat(actions.get("IN.KP.02").get("followUp").get("recurred").asBoolean()).isTrue();
        assertThat(actions.get("PR.SP.01").get("followUp").get("improved").asBoolean()).isTrue();
        assertThat(actions.get("PR.SP.01").get("followUp").get("recurred").asBoolean()).isFalse();
        assertThat(actions.get("IN.KP.01").get("overdue").asBoolean()).isTrue();

        JsonNode latest = body(pandeglang.post(base("36.01") + "/actions", "{\"unitCode\":\"DUKCAPIL\",\"indicatorCode\":\"IN.SP.02\","
                + "\"source\":\"OFFICIAL_FINDING\",\"findingYear\":2059,\"description\":\"Kajian ABK\",\"owner\":\"Sekretaris\","
                + "\"dueDate\":\"2059-12-31\"}"), 201);
        assertThat(latest.get("followUp").get("nextYear").isNull()).isTrue();
        assertThat(body(pandeglang.post(base("36.01") + "/actions", "{\"unitCode\":\"DUKCAPIL\",\"indicatorCode\":\"PR.SP.01\","
                + "\"source\":\"OFFICIAL_FINDING\",\"findingYear\":2059,\"description\":\"x\",\"owner\":\"y\","
                + "\"dueDate\":\"2059-12-31\"}"), 400).get("errors").get(0).get("field").asString()).isEqualTo("indicatorCode");
    }

    @Test
    void findingsComeFromThePublishedVersionNotFromCorrectionsOfAReopenedCycle() {
        ensureOfficialYears();
        assertThat(byIndicator(body(pandeglang.get(base("36.01") + "/findings?year=2059"), 200)).get("IN.KP.01")
                .get("officialLevel").asString()).isEqualTo("2.00");
        body(admin.post("/api/v1/cycles/2059/determination/reopen", "{\"reason\":\"Uji koreksi IN.KP.01\"}"), 204);
        Map<String, Integer> corrected = Map.of("IN.KP.01", 3, "IN.KP.02", 1, "IN.SP.02", 1);
        replaceOfficialAnswers(2059, corrected);

        Map<String, JsonNode> whileReopened = byIndicator(body(pandeglang.get(base("36.01") + "/findings?year=2059"), 200));
        assertThat(whileReopened.get("IN.KP.01").get("officialLevel").asString()).isEqualTo("2.00");

        // Back to the published answers and determined again, so the other specifications see the same official data.
        replaceOfficialAnswers(2059, Map.of("IN.KP.01", 2, "IN.KP.02", 1, "IN.SP.02", 1));
        body(admin.post("/api/v1/cycles/2059/determination", "{\"decreeNumber\":\"2059/KEP/UJI-2\","
                + "\"decreeDate\":\"2026-01-03\",\"publishAt\":\"2026-01-03T00:00:00Z\"}"), 201);
        assertThat(byIndicator(body(pandeglang.get(base("36.01") + "/findings?year=2059"), 200)).get("IN.KP.01")
                .get("officialLevel").asString()).isEqualTo("2.00");
    }

    @Test
    void reconciliationShowsPerIndicatorGapsAndASystematicOverstatement() {
        ensureOfficialYears();
        long round = freshRound(pandeglang, "36.01", "ombudsman-2025");
        // Official 2059: IN.KP.01 2, IN.KP.02 1, PR.SP.01 3, IN.SP.02 1.
        answer(pandeglang, "36.01", round, "DUKCAPIL", "IN.KP.01", 3, 200);
        answer(pandeglang, "36.01", round, "DUKCAPIL", "IN.KP.02", 3, 200);
        answer(pandeglang, "36.01", round, "DUKCAPIL", "PR.SP.01", 2, 200);
        answer(pandeglang, "36.01", round, "DUKCAPIL", "IN.SP.02", 2, 200);
        JsonNode r = body(pandeglang.get(base("36.01") + "/self-assessments/" + round + "/reconciliation"), 200);
        assertThat(r.get("officialYear").asInt()).isEqualTo(2059);
        assertThat(r.get("compared").asInt()).isEqualTo(4);
        assertThat(r.get("overstated").asInt()).isEqualTo(3);
        assertThat(r.get("understated").asInt()).isEqualTo(1);
        assertThat(r.get("meanDifference").asString()).isEqualTo("0.75");
        assertThat(r.get("meanDifferenceByDimension").get("INPUT").asString()).isEqualTo("1.33");
        assertThat(r.get("meanDifferenceByDimension").get("PROSES").asString()).isEqualTo("-1.00");
        assertThat(r.get("tendency").asString()).isEqualTo("OVERSTATED");
        Map<String, String> differences = new LinkedHashMap<>();
        r.get("lines").forEach(l -> differences.put(l.get("indicatorCode").asString(), l.get("difference").asString()));
        assertThat(differences).containsEntry("IN.KP.02", "2.00").containsEntry("PR.SP.01", "-1.00");

        JsonNode against2058 = body(pandeglang.get(base("36.01") + "/self-assessments/" + round + "/reconciliation?year=2058"), 200);
        // 2058: IN.KP.01 1, IN.KP.02 1, PR.SP.01 2, IN.SP.02 3 → +2, +2, 0, −1: mean 0.75.
        assertThat(against2058.get("matching").asInt()).isEqualTo(1);
        assertThat(against2058.get("meanDifference").asString()).isEqualTo("0.75");
        body(pandeglang.get(base("36.01") + "/self-assessments/" + round + "/reconciliation?year=2057"), 404);
    }

    @Test
    void overdueUnitsAreRemindedOncePerSpellAndTheDashboardSaysSo() {
        uploadSmall();
        long round = freshRound(pandeglang, "36.01", "uji-mandiri-kecil");
        answer(pandeglang, "36.01", round, "DUKCAPIL", "UJ.IN.01", 2, 200);
        answer(pandeglang, "36.01", round, "DUKCAPIL", "UJ.IN.02", 2, 200);
        reminders.remindOverdue();
        List<Reminder> again = reminders.remindOverdue();
        assertThat(again).noneMatch(r -> r.entityCode().equals("36.01"));
        assertThat(jdbc.sql("select count(*) from improvement_reminders where entity_code = '36.01' and unit_code = 'DINKES' "
                + "and last_assessed_at is null").query(Long.class).single()).isEqualTo(1);

        JsonNode readiness = body(pandeglang.get(base("36.01") + "/readiness"), 200);
        Map<String, JsonNode> units = new LinkedHashMap<>();
        readiness.get("units").forEach(u -> units.put(u.get("unitCode").asString(), u));
        assertThat(units.get("DINKES").get("overdue").asBoolean()).isTrue();
        assertThat(units.get("DINKES").get("lastRemindedAt").isNull()).isFalse();
        assertThat(units.get("DUKCAPIL").get("overdue").asBoolean()).isFalse();
        assertThat(units.get("DUKCAPIL").get("lastRoundId").asLong()).isEqualTo(round);
        // Both answers sit on document/observation indicators above 0 without a file.
        assertThat(units.get("DUKCAPIL").get("missingEvidence").asInt()).isEqualTo(2);
        body(pandeglang.post(base("36.01") + "/self-assessments/" + round + "/units/DUKCAPIL/evidence",
                Multipart.CONTENT_TYPE, multipart("sk.pdf", "%PDF-1.4 bukti".getBytes(StandardCharsets.UTF_8), "UJ.IN.01")), 201);
        readiness = body(pandeglang.get(base("36.01") + "/readiness"), 200);
        readiness.get("units").forEach(u -> units.put(u.get("unitCode").asString(), u));
        assertThat(units.get("DUKCAPIL").get("missingEvidence").asInt()).isEqualTo(1);
        assertThat(units.get("DUKCAPIL").get("predictedScore").asString()).isEqualTo("26.67");
        assertThat(units.get("DUKCAPIL").get("components").size()).isEqualTo(14);

        JsonNode refused = body(pandeglang.put(base("36.01") + "/units/DUKCAPIL/components/BIAYA_TARIF",
                "{\"published\":true,\"reviewedOn\":\"2026-01-05\"}"), 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("publishedWhere");
        body(pandeglang.put(base("36.01") + "/units/DUKCAPIL/components/BIAYA_TARIF",
                "{\"published\":true,\"publishedWhere\":\"situs web\",\"reviewedOn\":\"2026-01-05\"}"), 200);
        body(operator.put(base("36.01") + "/units/DINSOS/components/BIAYA_TARIF",
                "{\"published\":true,\"publishedWhere\":\"situs web\"}"), 403);
    }

    // --- official data in 2058 and 2059 for 36.01 DUKCAPIL, determined and published ---

    private void ensureOfficialYears() {
        official(2058, Map.of("IN.KP.01", 1, "IN.KP.02", 1, "PR.SP.01", 2));
        official(2059, Map.of("IN.KP.01", 2, "IN.KP.02", 1, "IN.SP.02", 1));
    }

    private void official(int year, Map<String, Integer> below) {
        if (admin.get("/api/v1/cycles/" + year + "/determination").statusCode() == 200) {
            return;
        }
        HttpResponse<String> opened = admin.post("/api/v1/cycles", "{\"year\":" + year + ",\"methodologyId\":\"ombudsman-2025\"}");
        assertThat(opened.statusCode()).as(opened.body()).isIn(201, 409);
        String unit = "/api/v1/cycles/" + year + "/entities/36.01/units/DUKCAPIL/";
        List<String> answers = new ArrayList<>();
        answers.add(AnswerSheets.fullMarks(admin, "ombudsman-2025", below.keySet().toArray(String[]::new)));
        below.forEach((indicator, level) -> answers.add("{\"indicator\":\"" + indicator + "\",\"respondent\":1,\"level\":" + level + "}"));
        body(admin.put(unit + "answers", "{\"answers\":[" + String.join(",", answers) + "]}"), 200);
        body(admin.post(unit + "submit", ""), 200);
        body(admin.post(unit + "verify", ""), 200);
        body(admin.post("/api/v1/cycles/" + year + "/determination", "{\"decreeNumber\":\"" + year + "/KEP/UJI\","
                + "\"decreeDate\":\"2026-01-02\",\"publishAt\":\"2026-01-02T00:00:00Z\"}"), 201);
    }

    private void replaceOfficialAnswers(int year, Map<String, Integer> below) {
        String unit = "/api/v1/cycles/" + year + "/entities/36.01/units/DUKCAPIL/";
        List<String> answers = new ArrayList<>();
        answers.add(AnswerSheets.fullMarks(admin, "ombudsman-2025", below.keySet().toArray(String[]::new)));
        below.forEach((indicator, level) -> answers.add("{\"indicator\":\"" + indicator + "\",\"respondent\":1,\"level\":" + level + "}"));
        body(admin.put(unit + "answers", "{\"answers\":[" + String.join(",", answers) + "]}"), 200);
    }

    /** Every official row that touches 36.01, as text: answers, official evidence, direct scores, snapshots. */
    private Map<String, Object> official() {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String table : List.of("answers", "evidence", "direct_unit_scores", "snapshot_units", "snapshot_entities")) {
            rows.put(table, jdbc.sql("select t::text from " + table + " t where entity_code = '36.01' order by t::text")
                    .query(String.class).list());
        }
        rows.put("audit", jdbc.sql("select count(*) from audit_log").query(Long.class).single());
        return rows;
    }

    private static Map<String, JsonNode> byIndicator(JsonNode findings) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        findings.forEach(f -> {
            assertThat(f.get("unitCode").asString()).isEqualTo("DUKCAPIL");
            map.put(f.get("indicatorCode").asString(), f);
        });
        return map;
    }

    /** An evidence upload: the file, with the indicator it supports when one is given. */
    private static byte[] multipart(String name, byte[] content, String indicator) {
        Multipart form = Multipart.form();
        if (indicator != null) {
            form.field("indicator", indicator);
        }
        return form.file("file", name, "application/octet-stream", content).bytes();
    }

    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
