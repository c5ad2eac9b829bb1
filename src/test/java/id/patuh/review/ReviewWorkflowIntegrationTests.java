package id.patuh.review;

import id.patuh.support.AnswerSheets;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Capture with autosave and the verification workflow, on Kabupaten Lebak (36.02) in 2024, with scope per role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewWorkflowIntegrationTests {

    static final String UNIT = "/api/v1/cycles/2024/entities/36.02/units/";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ObjectMapper json = HttpCalls.JSON;
    HttpCalls admin;
    HttpCalls assessor;
    HttpCalls head;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        assessor = HttpCalls.anonymous(port).as("asisten.banten");
        head = HttpCalls.anonymous(port).as("kepala.banten");
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2024,\"methodologyId\":\"ombudsman-2022\"}").statusCode()).isIn(201, 409);
    }

    @Test
    void autosaveNeverOverwritesSomeoneElsesAnswerSilently() {
        JsonNode first = body(assessor.put(UNIT + "DINKES/answers/IN.KP.02/1", "{\"level\":2,\"version\":0}"), 200);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        JsonNode second = body(assessor.put(UNIT + "DINKES/answers/IN.KP.02/1", "{\"level\":3,\"note\":\"SOP ditempel\",\"version\":1}"), 200);
        assertThat(second.get("version").asInt()).isEqualTo(2);

        JsonNode stale = body(admin.put(UNIT + "DINKES/answers/IN.KP.02/1", "{\"level\":0,\"version\":1}"), 409);
        assertThat(stale.get("current").get("level").asInt()).isEqualTo(3);
        assertThat(stale.get("current").get("note").asString()).isEqualTo("SOP ditempel");
        assertThat(stale.get("current").get("savedBy").asString()).isEqualTo("asisten.banten");
        body(admin.put(UNIT + "DINKES/answers/IN.KP.02/1", "{\"level\":0,\"version\":0}"), 409);

        body(assessor.put(UNIT + "DINKES/answers/IN.KP.02/1", "{\"level\":9,\"version\":2}"), 400);
        body(assessor.put(UNIT + "DINKES/answers/NOPE/1", "{\"level\":1,\"version\":0}"), 400);
        JsonNode stored = body(assessor.get(UNIT + "DINKES/answers"), 200);
        assertThat(stored.size()).isEqualTo(1);
        assertThat(stored.get(0).get("level").asInt()).isEqualTo(3);

        List<String> actions = new ArrayList<>();
        body(head.get(UNIT + "DINKES/history"), 200).forEach(e -> actions.add(e.get("action").asString() + " " + e.get("actor").asString()));
        assertThat(actions).containsExactly("ANSWER_SAVED asisten.banten", "ANSWER_SAVED asisten.banten");
    }

    @Test
    void aSaveRetriedWithItsIdempotencyKeyIsAppliedOnce() {
        HttpCalls retrying = assessor.header("Idempotency-Key", "uji-kunci-" + System.nanoTime());
        HttpResponse<String> first = retrying.put(UNIT + "PKM-02/answers/IN.KP.04/1", "{\"level\":2,\"version\":0}");
        HttpResponse<String> again = retrying.put(UNIT + "PKM-02/answers/IN.KP.04/1", "{\"level\":2,\"version\":0}");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).as("a replay, not a conflict").isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        long saves = 0;
        for (JsonNode entry : body(head.get(UNIT + "PKM-02/history"), 200)) {
            if ("IN.KP.04#1".equals(entry.get("subject").asString())) {
                saves++;
            }
        }
        assertThat(saves).isEqualTo(1);
        body(assessor.put(UNIT + "PKM-02/answers/IN.KP.04/1", "{\"level\":2,\"version\":0}"), 409);
    }

    @Test
    void twoSavesOfTheSameNewAnswerNeverBothSucceed() throws Exception {
        for (String indicator : List.of("IN.KP.05", "IN.KP.06", "IN.SP.01", "IN.SP.02")) {
            String path = UNIT + "DPMPTSP/answers/" + indicator + "/1";
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var first = pool.submit(() -> assessor.put(path, "{\"level\":1,\"version\":0}").statusCode());
            var second = pool.submit(() -> admin.put(path, "{\"level\":3,\"version\":0}").statusCode());
            List<Integer> statuses = List.of(first.get(), second.get());
            pool.shutdown();
            assertThat(statuses).as(indicator).containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void aClearedAnswerKeepsCountingVersionsSoAStaleFormCannotMatchAgain() {
        String path = UNIT + "DPMPTSP/answers/IN.KP.02/1";
        assertThat(body(assessor.put(path, "{\"level\":1,\"note\":\"catatan awal\",\"version\":0}"), 200).get("version").asInt()).isEqualTo(1);
        assertThat(body(assessor.put(path, "{\"level\":2,\"version\":1}"), 200).get("note").asString())
                .as("a save without a note keeps the note").isEqualTo("catatan awal");
        assertThat(body(assessor.put(path, "{\"level\":null,\"version\":2}"), 200).get("version").asInt()).isEqualTo(3);
        body(admin.put(path, "{\"level\":0,\"version\":1}"), 409);
        assertThat(body(assessor.put(path, "{\"level\":3,\"version\":3}"), 200).get("version").asInt()).isEqualTo(4);
    }

    @Test
    void anAnswerMustFitTheInstrument() {
        assertThat(body(assessor.put(UNIT + "DPMPTSP/answers/IN.KP.01/5", "{\"level\":1,\"version\":0}"), 400)
                .get("detail").asString()).contains("melebihi");
        body(assessor.put(UNIT + "DPMPTSP/answers/IN.KP.01/1", "{\"level\":1,\"product\":\"PBG\",\"version\":0}"), 400);
        String observation = firstIndicatorOf("OBSERVATION");
        body(assessor.put(UNIT + "DPMPTSP/answers/" + observation + "/1", "{\"level\":1,\"product\":\"NOT-A-PRODUCT\",\"version\":0}"), 400);
        body(assessor.put(UNIT + "DPMPTSP/answers/" + observation + "/1", "{\"level\":1,\"product\":\"PBG\",\"version\":0}"), 200);
    }

    @Test
    void anAssessorWithADeclaredConflictCannotCaptureForThatEntity() {
        HttpCalls jateng = HttpCalls.anonymous(port).as("asisten.jateng");
        assertThat(jateng.post("/api/v1/me/conflicts", "{\"entityCode\":\"33.11\",\"reason\":\"Keluarga bekerja di sana\"}")
                .statusCode()).isIn(200, 201, 409);
        assertThat(body(jateng.put("/api/v1/cycles/2024/entities/33.11/units/DUKCAPIL/answers/IN.KP.01/1",
                "{\"level\":1,\"version\":0}"), 403).get("detail").asString()).contains("konflik kepentingan");
    }

    @Test
    void anIdempotencyKeyServesOneRequestOnly() {
        HttpCalls keyed = assessor.header("Idempotency-Key", "uji-beda-" + System.nanoTime());
        body(keyed.put(UNIT + "PKM-02/answers/IN.KP.05/1", "{\"level\":2,\"version\":0}"), 200);
        assertThat(keyed.put(UNIT + "PKM-02/answers/IN.KP.05/1", "{\"level\":0,\"version\":0}").statusCode()).isEqualTo(422);
        // Outside the autosave routes a key is ignored: nothing of the response is kept.
        String otherKey = "uji-lain-" + System.nanoTime();
        body(admin.header("Idempotency-Key", otherKey).put("/api/v1/entities/36.02", "{\"name\":\"Pemerintah Kabupaten Lebak\"}"), 200);
        assertThat(jdbc.sql("select count(*) from idempotent_requests where idempotency_key = ?").param(otherKey)
                .query(Integer.class).single()).isZero();
    }

    private String firstIndicatorOf(String source) {
        JsonNode tree = body(admin.get("/api/v1/methodologies/ombudsman-2022"), 200);
        for (JsonNode dimension : tree.get("dimensions")) {
            for (JsonNode variable : dimension.get("variables")) {
                for (JsonNode indicator : variable.get("indicators")) {
                    if (source.equals(indicator.get("source").asString())) {
                        return indicator.get("code").asString();
                    }
                }
            }
        }
        throw new AssertionError("no " + source + " indicator");
    }

    @Test
    void eachRoleActsOnlyWithinItsScope() {
        HttpCalls jatengAssessor = HttpCalls.anonymous(port).as("asisten.jateng");
        body(jatengAssessor.put(UNIT + "DINSOS/answers/IN.KP.01/1", "{\"level\":1,\"version\":0}"), 403);
        body(jatengAssessor.get(UNIT + "DINSOS/answers"), 403);
        body(HttpCalls.anonymous(port).as("kepala.jateng").post(UNIT + "DINSOS/verify", ""), 403);
        body(HttpCalls.anonymous(port).as("operator.pandeglang").put(UNIT + "DINSOS/answers/IN.KP.01/1", "{\"level\":1,\"version\":0}"), 403);
        body(HttpCalls.anonymous(port).as("koordinator.pandeglang").get(UNIT + "DINSOS/review"), 403);
        HttpCalls operator = HttpCalls.anonymous(port).as("operator.pandeglang");
        JsonNode own = body(operator.get("/api/v1/cycles/2024/entities/36.01/units/DUKCAPIL/review"), 200);
        assertThat(own.get("returns").size()).isZero();
        body(operator.get("/api/v1/cycles/2024/entities/36.01/units/DINSOS/review"), 403);
        body(head.put(UNIT + "DINSOS/answers/IN.KP.01/1", "{\"level\":1,\"version\":0}"), 403);
        body(HttpCalls.anonymous(port).put(UNIT + "DINSOS/answers/IN.KP.01/1", "{\"level\":1,\"version\":0}"), 401);
        List<String> provinces = new ArrayList<>();
        body(assessor.get("/api/v1/cycles/2024/progress"), 200).forEach(p -> provinces.add(p.get("provinceCode").asString()));
        assertThat(provinces).containsOnly("36");
    }

    @Test
    void aUnitIsSubmittedReturnedCorrectedVerifiedAndCentrallyVerified() {
        assertThat(body(assessor.post(UNIT + "DINDIK/submit", ""), 409).get("detail").asString()).contains("belum memiliki jawaban");
        body(assessor.put(UNIT + "DINDIK/answers/IN.KP.01/1", "{\"level\":3,\"version\":0}"), 200);
        assertThat(body(assessor.post(UNIT + "DINDIK/submit", ""), 409).get("detail").asString()).contains("belum lengkap");

        body(admin.put(UNIT + "DINDIK/answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin, "ombudsman-2022") + "]}"), 200);
        assertThat(body(assessor.post(UNIT + "DINDIK/submit", ""), 200).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(body(assessor.put(UNIT + "DINDIK/answers/IN.KP.01/1", "{\"level\":2,\"version\":1}"), 409).get("detail").asString())
                .contains("terkunci");
        body(assessor.post(UNIT + "DINDIK/verify", ""), 403);

        body(head.post(UNIT + "DINDIK/return", "{\"items\":[{\"item\":\"IN.KP.01\",\"reason\":\" \"}]}"), 400);
        body(head.post(UNIT + "DINDIK/return", "{\"items\":[{\"item\":\"XX\",\"reason\":\"?\"}]}"), 400);
        JsonNode returned = body(head.post(UNIT + "DINDIK/return",
                "{\"items\":[{\"item\":\"IN.KP.01\",\"reason\":\"Foto wawancara tidak ada\"},{\"item\":\"UNIT\",\"reason\":\"Lengkapi catatan\"}]}"), 200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        JsonNode seen = body(assessor.get(UNIT + "DINDIK/review"), 200);
        assertThat(seen.get("openItems").toString()).contains("IN.KP.01", "UNIT");

        body(assessor.put(UNIT + "DINDIK/answers/IN.KP.01/1", "{\"level\":2,\"note\":\"foto dilampirkan\",\"version\":1}"), 200);
        body(assessor.post(UNIT + "DINDIK/submit", ""), 200);
        assertThat(body(assessor.get(UNIT + "DINDIK/review"), 200).get("openItems").size()).isZero();
        assertThat(body(head.post(UNIT + "DINDIK/verify", ""), 200).get("status").asString()).isEqualTo("VERIFIED");
        body(assessor.put(UNIT + "DINDIK/answers/IN.KP.01/1", "{\"level\":3,\"version\":2}"), 409);

        List<String> actions = new ArrayList<>();
        body(admin.get(UNIT + "DINDIK/history"), 200).forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsSubsequence("ANSWER_SAVED", "ANSWERS_REPLACED", "REVIEW_SUBMITTED", "REVIEW_RETURNED",
                "ANSWER_SAVED", "REVIEW_SUBMITTED", "REVIEW_VERIFIED");

        body(assessor.put(UNIT + "PKM-01/answers/IN.KP.01/1", "{\"level\":3,\"version\":0}"), 200);
        assertThat(body(admin.post("/api/v1/cycles/2024/entities/36.02/central-verification", ""), 409).get("detail").asString())
                .contains("PKM-01").doesNotContain("DINDIK");
    }

    @Test
    void headquartersVerifiesAnEntityOnceItsOfficeVerifiedEveryUnit() {
        String unit = "/api/v1/cycles/2024/entities/33.06/units/DUKCAPIL/";
        body(admin.put(unit + "answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin, "ombudsman-2022") + "]}"), 200);
        body(HttpCalls.anonymous(port).as("asisten.jateng").post(unit + "submit", ""), 200);
        body(HttpCalls.anonymous(port).as("kepala.jateng").post(unit + "verify", ""), 200);
        body(HttpCalls.anonymous(port).as("kepala.jateng").post("/api/v1/cycles/2024/entities/33.06/central-verification", ""), 403);
        JsonNode verified = body(admin.post("/api/v1/cycles/2024/entities/33.06/central-verification", ""), 200);
        assertThat(verified.get(0).get("status").asString()).isEqualTo("CENTRALLY_VERIFIED");
        assertThat(body(admin.put(unit + "answers/IN.KP.01/1", "{\"level\":0,\"version\":1}"), 409).get("detail").asString())
                .contains("terkunci");
    }

    @Test
    void theAuditTrailCannotBeChanged() {
        body(assessor.put(UNIT + "RSUD-NONE/answers/IN.KP.01/1", "{\"level\":1,\"version\":0}"), 404);
        body(assessor.put(UNIT + "DPMPTSP/answers/IN.KP.03/1", "{\"level\":1,\"version\":0}"), 200);
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasMessageContaining("append-only");
    }


    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
