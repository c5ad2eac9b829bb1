package id.patuh.review;

import id.patuh.support.AnswerSheets;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity's right of reply on Kabupaten Pandeglang (36.01) in this class's own year 2045 (ombudsman-2025): filing
 * within the CLARIFICATION window, refusal after its deadline, scope, and decisions through the audited answer save.
 * Each test prepares its own verified unit, so the tests do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClarificationIntegrationTests {

    static final String CYCLE = "/api/v1/cycles/2045";
    static final String ENTITY = CYCLE + "/entities/36.01";
    static final String CLARIFICATIONS = ENTITY + "/clarifications";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ObjectMapper json = HttpCalls.JSON;
    HttpCalls admin;
    HttpCalls assessor;
    HttpCalls head;
    HttpCalls coordinator;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        assessor = HttpCalls.anonymous(port).as("asisten.banten");
        head = HttpCalls.anonymous(port).as("kepala.banten");
        coordinator = HttpCalls.anonymous(port).as("koordinator.pandeglang");
        today = LocalDate.now(clock);
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2045,\"methodologyId\":\"ombudsman-2025\"}").statusCode())
                .isIn(201, 409);
    }

    @AfterEach
    void unschedule() {
        body(admin.put(CYCLE + "/phases", "{\"phases\":[]}"), 200);
    }

    @Test
    void theCoordinatorSeesTheFindingsOfVerifiedUnitsAndFilesOneClarificationPerItemWithinTheWindow() throws java.io.IOException {
        verifiedUnitWith("DUKCAPIL", "{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":1}",
                "{\"indicator\":\"IN.SP.02\",\"respondent\":1,\"level\":2}");
        body(assessor.put(ENTITY + "/units/DINSOS/answers/IN.KP.01/1", "{\"level\":0,\"version\":0}"), 200);
        clarificationWindow(-3, 3);

        JsonNode provisional = body(coordinator.get(ENTITY + "/provisional-results"), 200);
        assertThat(provisional.get("filingOpen").asBoolean()).isTrue();
        assertThat(provisional.get("deadline").asString()).isEqualTo(today.plusDays(3).toString());
        JsonNode dukcapil = unit(provisional, "DUKCAPIL");
        assertThat(dukcapil.get("status").asString()).isEqualTo("VERIFIED");
        List<String> findings = new ArrayList<>();
        dukcapil.get("findings").forEach(f -> findings.add(f.get("indicator").asString() + "=" + f.get("level").asInt()
                + "/" + f.get("maxLevel").asInt()));
        assertThat(findings).containsExactly("IN.KP.01=1/3", "IN.SP.02=2/3");
        assertThat(dukcapil.get("findings").get(0).get("note").asString()).isEqualTo("Tidak mengetahui SOP");
        JsonNode dinsos = unit(provisional, "DINSOS");
        assertThat(dinsos.get("findingsFinal").asBoolean()).as("in progress: nothing final to clarify").isFalse();
        assertThat(dinsos.get("findings").size()).isZero();

        JsonNode filed = body(coordinator.post(CLARIFICATIONS, item("DUKCAPIL", "IN.KP.01",
                "Petugas mengikuti pelatihan SOP pada Maret; sertifikat terlampir.")), 201);
        assertThat(filed.get("status").asString()).isEqualTo("OPEN");
        assertThat(filed.get("levelFiled").asInt()).isEqualTo(1);
        assertThat(filed.get("filedBy").asString()).isEqualTo("koordinator.pandeglang");
        long id = filed.get("id").asLong();

        JsonNode again = body(coordinator.post(CLARIFICATIONS, item("DUKCAPIL", "IN.KP.01", "Sekali lagi")), 409);
        assertThat(again.get("detail").asString()).contains("#" + id);
        assertThat(body(coordinator.post(CLARIFICATIONS, item("DUKCAPIL", "IN.KP.02", "Nilai penuh")), 400)
                .get("detail").asString()).contains("bukan temuan");
        assertThat(body(coordinator.post(CLARIFICATIONS, item("DUKCAPIL", "XX.99", "?")), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("indicator");
        body(coordinator.post(CLARIFICATIONS, item("DINSOS", "IN.KP.01", "Belum diverifikasi")), 400);
        body(coordinator.post(CLARIFICATIONS, "{\"unitCode\":\"DUKCAPIL\",\"indicator\":\"IN.KP.01\",\"respondent\":9,"
                + "\"statement\":\"Responden lain\"}"), 400);
        assertThat(body(coordinator.post(CLARIFICATIONS, item("DUKCAPIL", "IN.SP.02", " ")), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("statement");

        byte[] pdf = "%PDF-1.4\n% bukti pelatihan\n".getBytes(StandardCharsets.US_ASCII);
        JsonNode evidence = body(coordinator.upload(CLARIFICATIONS + "/" + id + "/evidence", "sertifikat.pdf", pdf), 201);
        assertThat(evidence.get("mediaType").asString()).isEqualTo("application/pdf");
        body(coordinator.upload(CLARIFICATIONS + "/" + id + "/evidence", "foto.jpg",
                "bukan foto".getBytes(StandardCharsets.US_ASCII)), 400);
        HttpResponse<byte[]> file = head.getBytes(CLARIFICATIONS + "/" + id + "/evidence/" + evidence.get("id").asLong());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);

        JsonNode log = body(coordinator.get(CLARIFICATIONS), 200);
        assertThat(log.size()).isEqualTo(1);
        assertThat(log.get(0).get("evidence").size()).isEqualTo(1);
        assertThat(unit(body(coordinator.get(ENTITY + "/provisional-results"), 200), "DUKCAPIL").get("findings").get(0)
                .get("openClarification").asLong()).isEqualTo(id);
        List<Long> queue = new ArrayList<>();
        body(head.get(CYCLE + "/clarifications"), 200).forEach(c -> queue.add(c.get("id").asLong()));
        assertThat(queue).contains(id);
        assertThat(body(HttpCalls.anonymous(port).as("kepala.jateng").get(CYCLE + "/clarifications"), 200).toString())
                .doesNotContain("36.01");
        // The queue as a spreadsheet: the same open clarifications, one line each, with the counter-evidence counted.
        List<org.apache.commons.csv.CSVRecord> csv = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(
                        head.get(CYCLE + "/clarifications.csv").body().replace("\uFEFF", ""))).getRecords();
        assertThat(csv).hasSize(queue.size());
        assertThat(csv).anySatisfy(r -> {
            assertThat(r.get("id")).isEqualTo(String.valueOf(id));
            assertThat(r.get("entityCode") + "/" + r.get("unitCode")).isEqualTo("36.01/DUKCAPIL");
            assertThat(r.get("evidenceFiles")).isEqualTo("1");
        });
        List<String> actions = new ArrayList<>();
        body(head.get(ENTITY + "/units/DUKCAPIL/history"), 200).forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsSubsequence("REVIEW_VERIFIED", "CLARIFICATION_FILED", "CLARIFICATION_EVIDENCE_ADDED");
    }

    @Test
    void aClarificationAfterTheDeadlineIsRefusedWithTheDeadlineInTheMessage() {
        verifiedUnitWith("DINDIK", "{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":1}");
        body(admin.put(CYCLE + "/phases", "{\"phases\":[]}"), 200);
        assertThat(body(coordinator.post(CLARIFICATIONS, item("DINDIK", "IN.KP.01", "Tanpa jadwal")), 409)
                .get("detail").asString()).contains("belum memiliki jadwal tahap Klarifikasi");

        clarificationWindow(-10, -1);
        LocalDate deadline = today.minusDays(1);
        JsonNode late = body(coordinator.post(CLARIFICATIONS, item("DINDIK", "IN.KP.01", "Terlambat")), 409);
        assertThat(late.get("detail").asString())
                .contains("berakhir pada " + deadline.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"))));
        assertThat(late.get("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(body(coordinator.inEnglish().post(CLARIFICATIONS, item("DINDIK", "IN.KP.01", "Late")), 409)
                .get("detail").asString())
                .contains("ended on " + deadline.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        assertThat(body(coordinator.get(ENTITY + "/provisional-results"), 200).get("filingOpen").asBoolean()).isFalse();

        clarificationWindow(1, 5);
        assertThat(body(coordinator.post(CLARIFICATIONS, item("DINDIK", "IN.KP.01", "Terlalu awal")), 409)
                .get("detail").asString()).contains("baru dibuka pada");
        assertThat(jdbc.sql("select count(*) from clarifications where year = 2045 and unit_code = 'DINDIK'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheEntitysCoordinatorFilesAndOnlyItsOfficeHeadOrHeadquartersDecides() {
        verifiedUnitWith("DPMPTSP", "{\"indicator\":\"IN.KP.03\",\"respondent\":1,\"level\":0}");
        clarificationWindow(-1, 1);
        HttpCalls klaten = HttpCalls.anonymous(port).as("koordinator.klaten");
        body(klaten.post(CLARIFICATIONS, item("DPMPTSP", "IN.KP.03", "Bukan penyelenggara saya")), 403);
        body(klaten.get(CLARIFICATIONS), 403);
        body(klaten.get(ENTITY + "/provisional-results"), 403);
        body(head.post(CLARIFICATIONS, item("DPMPTSP", "IN.KP.03", "Kepala bukan koordinator")), 403);
        body(admin.post(CLARIFICATIONS, item("DPMPTSP", "IN.KP.03", "Pusat bukan koordinator")), 403);

        long id = body(coordinator.post(CLARIFICATIONS, item("DPMPTSP", "IN.KP.03", "Sudah tersedia")), 201)
                .get("id").asLong();
        String decision = CLARIFICATIONS + "/" + id + "/decision";
        body(HttpCalls.anonymous(port).as("kepala.jateng").post(decision, "{\"accepted\":false,\"reason\":\"?\"}"), 403);
        body(assessor.post(decision, "{\"accepted\":false,\"reason\":\"?\"}"), 403);
        body(coordinator.post(decision, "{\"accepted\":true,\"level\":3}"), 403);
        body(klaten.get(CLARIFICATIONS + "/" + id), 403);
        body(HttpCalls.anonymous(port).as("kepala.jateng").get("/api/v1/cycles/2045/entities/33.10/clarifications/" + id), 404);
        assertThat(body(coordinator.get(CLARIFICATIONS + "/" + id), 200).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void anAcceptedClarificationChangesTheAnswerAndTheLiveScoreThroughTheAuditedPath() {
        verifiedUnitWith("DINKES", "{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":1}");
        clarificationWindow(-2, 2);
        BigDecimal before = unit(body(coordinator.get(ENTITY + "/provisional-results"), 200), "DINKES")
                .get("score").decimalValue();
        assertThat(before).isLessThan(new BigDecimal("100.00"));
        long id = body(coordinator.post(CLARIFICATIONS, item("DINKES", "IN.KP.01", "Petugas hafal 14 komponen")), 201)
                .get("id").asLong();
        String decision = CLARIFICATIONS + "/" + id + "/decision";

        assertThat(body(head.post(decision, "{\"accepted\":true}"), 400).get("errors").get(0).get("field").asString())
                .isEqualTo("level");
        body(head.post(decision, "{\"accepted\":true,\"level\":7}"), 400);
        body(head.post(decision, "{\"accepted\":true,\"level\":1}"), 400);
        JsonNode accepted = body(head.post(decision,
                "{\"accepted\":true,\"level\":3,\"reason\":\"Sertifikat pelatihan sah\"}"), 200);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("levelDecided").asInt()).isEqualTo(3);
        assertThat(accepted.get("decidedBy").asString()).isEqualTo("kepala.banten");
        assertThat(body(head.post(decision, "{\"accepted\":false,\"reason\":\"Berubah pikiran\"}"), 409)
                .get("detail").asString()).contains("sudah diputuskan oleh kepala.banten");

        JsonNode answer = null;
        for (JsonNode a : body(head.get(ENTITY + "/units/DINKES/answers"), 200)) {
            if (a.get("indicator").asString().equals("IN.KP.01")) {
                answer = a;
            }
        }
        assertThat(answer.get("level").asInt()).isEqualTo(3);
        assertThat(answer.get("savedBy").asString()).isEqualTo("kepala.banten");
        assertThat(answer.get("note").asString()).as("the assessor's note stays").isEqualTo("Tidak mengetahui SOP");
        JsonNode dinkes = unit(body(coordinator.get(ENTITY + "/provisional-results"), 200), "DINKES");
        assertThat(dinkes.get("score").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(dinkes.get("findings").size()).isZero();
        JsonNode entity = body(coordinator.get(ENTITY + "/provisional-results"), 200);
        JsonNode sheet = body(admin.get(CYCLE + "/results/36.01"), 200);
        assertThat(entity.get("score").toString()).as("the entity alone scores as in the whole cycle's sheet")
                .isEqualTo(sheet.get("score").toString());
        assertThat(entity.get("category").toString()).isEqualTo(sheet.get("category").toString());
        assertThat(dinkes.get("status").asString()).as("the decision is the review: the unit stays verified")
                .isEqualTo("VERIFIED");

        String saved = jdbc.sql("""
                        select after::text from audit_log where year = 2045 and entity_code = '36.01' and unit_code = 'DINKES'
                          and action = 'ANSWER_SAVED' and actor = 'kepala.banten' and subject = 'IN.KP.01#1'""")
                .query(String.class).single();
        assertThat(json.readTree(saved).get("clarification").asLong()).isEqualTo(id);
        assertThat(json.readTree(saved).get("level").asInt()).isEqualTo(3);
        List<String> actions = new ArrayList<>();
        body(head.get(ENTITY + "/units/DINKES/history"), 200).forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsSubsequence("REVIEW_VERIFIED", "CLARIFICATION_FILED", "CLARIFICATION_ACCEPTED",
                "ANSWER_SAVED");
    }

    @Test
    void aRejectedClarificationNeedsAReasonThatTheEntitySeesInItsLog() {
        verifiedUnitWith("PKM-01", "{\"indicator\":\"IN.SP.02\",\"respondent\":1,\"level\":2}");
        clarificationWindow(-2, 2);
        long id = body(coordinator.post(CLARIFICATIONS, item("PKM-01", "IN.SP.02", "Dokumen ABK sudah ada")), 201)
                .get("id").asLong();
        String decision = CLARIFICATIONS + "/" + id + "/decision";
        JsonNode noReason = body(head.post(decision, "{\"accepted\":false,\"reason\":\"  \"}"), 400);
        assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(noReason.get("detail").asString()).contains("memerlukan alasan");
        body(head.post(decision, "{}"), 400);

        clarificationWindow(-10, -1);
        JsonNode rejected = body(admin.post(decision,
                "{\"accepted\":false,\"reason\":\"Dokumen ABK bertanggal setelah kunjungan.\"}"), 200);
        assertThat(rejected.get("status").asString()).as("deciding goes on after the filing deadline")
                .isEqualTo("REJECTED");

        JsonNode log = body(coordinator.get(CLARIFICATIONS), 200);
        JsonNode seen = null;
        for (JsonNode c : log) {
            if (c.get("id").asLong() == id) {
                seen = c;
            }
        }
        assertThat(seen.get("status").asString()).isEqualTo("REJECTED");
        assertThat(seen.get("reason").asString()).isEqualTo("Dokumen ABK bertanggal setelah kunjungan.");
        assertThat(seen.get("decidedBy").asString()).isEqualTo("admin.demo");
        assertThat(unit(body(coordinator.get(ENTITY + "/provisional-results"), 200), "PKM-01").get("findings").get(0)
                .get("level").asInt()).as("the answer stays").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CLARIFICATION_REJECTED' and subject like ?")
                .param("clarification " + id + " %").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anOpenClarificationHoldsTheDeterminationBackAndStaysDecidableUntilTheCycleIsDetermined() {
        verifiedUnitWith("PKM-02", "{\"indicator\":\"IN.KP.02\",\"respondent\":1,\"level\":1}");
        clarificationWindow(-2, 2);
        long id = body(coordinator.post(CLARIFICATIONS, item("PKM-02", "IN.KP.02", "Pengetahuan petugas")), 201)
                .get("id").asLong();
        JsonNode refused = body(admin.post(CYCLE + "/determination", "{\"decreeNumber\":\"1/2045\",\"decreeDate\":\""
                + today + "\",\"publishAt\":\"" + today.plusDays(30) + "T00:00:00Z\"}"), 409);
        assertThat(refused.get("units").toString()).as("an undecided clarification holds the decree back")
                .contains("{\"entityCode\":\"36.01\",\"unitCode\":\"PKM-02\",\"problem\":\"OPEN_CLARIFICATION\",\"status\":\"OPEN\"}");
        body(admin.put(CYCLE + "/phases", "{\"phases\":[" + window("CLARIFICATION", -10, -1)
                + ",{\"phase\":\"DETERMINATION\",\"startsOn\":\"" + today + "\"}]}"), 200);
        // Determination has begun on the timeline, but an open clarification must stay decidable or it would block
        // the decree for good.
        body(head.post(CLARIFICATIONS + "/" + id + "/decision", "{\"accepted\":true,\"level\":3}"), 200);
        assertThat(body(coordinator.get(CLARIFICATIONS + "/" + id), 200).get("status").asString()).isEqualTo("ACCEPTED");
    }

    /** A unit of 36.01 with full marks except the given answers (with the assessor's note), submitted and verified. */
    private void verifiedUnitWith(String unitCode, String... answers) {
        String unit = ENTITY + "/units/" + unitCode + "/";
        List<String> except = new ArrayList<>();
        for (String answer : answers) {
            except.add(json.readTree(answer).get("indicator").asString());
        }
        body(admin.put(unit + "answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin, "ombudsman-2025",
                except.toArray(String[]::new)) + "," + String.join(",", answers) + "]}"), 200);
        JsonNode stored = body(assessor.get(unit + "answers"), 200);
        for (JsonNode a : stored) {
            if (a.get("indicator").asString().equals(except.get(0))) {
                body(assessor.put(unit + "answers/" + except.get(0) + "/1", "{\"level\":" + a.get("level").asInt()
                        + ",\"note\":\"Tidak mengetahui SOP\",\"version\":" + a.get("version").asInt() + "}"), 200);
            }
        }
        body(assessor.post(unit + "submit", ""), 200);
        body(head.post(unit + "verify", ""), 200);
    }

    private void clarificationWindow(int fromDays, int toDays) {
        body(admin.put(CYCLE + "/phases", "{\"phases\":[" + window("CLARIFICATION", fromDays, toDays) + "]}"), 200);
    }

    private String window(String phase, int fromDays, int toDays) {
        return "{\"phase\":\"" + phase + "\",\"startsOn\":\"" + today.plusDays(fromDays) + "\",\"endsOn\":\""
                + today.plusDays(toDays) + "\"}";
    }

    private static String item(String unit, String indicator, String statement) {
        return "{\"unitCode\":\"" + unit + "\",\"indicator\":\"" + indicator + "\",\"respondent\":1,\"statement\":\""
                + statement + "\"}";
    }

    private static JsonNode unit(JsonNode provisional, String unitCode) {
        for (JsonNode unit : provisional.get("units")) {
            if (unit.get("unitCode").asString().equals(unitCode)) {
                return unit;
            }
        }
        throw new AssertionError(unitCode + " not in " + provisional);
    }

    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
