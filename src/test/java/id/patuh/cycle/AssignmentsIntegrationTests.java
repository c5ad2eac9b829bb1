package id.patuh.cycle;

import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessors assigned to units of Kota Cilegon (36.72, Perwakilan Banten) and Kabupaten Magelang (33.08, Perwakilan
 * Jawa Tengah) in 2030 and 2031: scope per office, conflicts of interest, rotation warnings, the respondents'
 * confirmation and what each assessor sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    ObjectMapper json = HttpCalls.JSON;
    HttpCalls admin;
    HttpCalls bantenHead;
    HttpCalls bantenAssessor;
    HttpCalls jatengHead;
    HttpCalls jatengAssessor;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        bantenHead = HttpCalls.anonymous(port).as("kepala.banten");
        bantenAssessor = HttpCalls.anonymous(port).as("asisten.banten");
        jatengHead = HttpCalls.anonymous(port).as("kepala.jateng");
        jatengAssessor = HttpCalls.anonymous(port).as("asisten.jateng");
        for (int year : new int[]{2030, 2031}) {
            assertThat(admin.post("/api/v1/cycles", "{\"year\":" + year + ",\"methodologyId\":\"ombudsman-2025\"}")
                    .statusCode()).isIn(201, 409);
            for (String unit : List.of("36.72/units/DUKCAPIL", "36.72/units/DINSOS", "36.72/units/DPMPTSP",
                    "36.72/units/DINKES", "33.08/units/DUKCAPIL", "33.08/units/DINSOS")) {
                body(admin.put("/api/v1/cycles/" + year + "/locus/" + unit, ""), 204);
            }
        }
    }

    @Test
    void anOfficeHeadAssignsOnlyTheirOwnAssessorsAndOnlyWithinTheirProvinces() {
        JsonNode assigned = body(bantenHead.put(assignment(2030, "36.72", "DINSOS"),
                "{\"assessor\":\"asisten.banten\",\"visitDate\":\"2030-06-15\"}"), 200);
        assertThat(assigned.get("assessor").get("username").asString()).isEqualTo("asisten.banten");
        assertThat(assigned.get("visitDate").asString()).isEqualTo("2030-06-15");
        assertThat(assigned.get("assignedBy").asString()).isEqualTo("kepala.banten");
        assertThat(warningCodes(assigned)).isEmpty();

        body(bantenHead.put(assignment(2030, "33.08", "DUKCAPIL"), "{\"assessor\":\"asisten.banten\"}"), 403);
        assertThat(body(bantenHead.put(assignment(2030, "36.72", "DINSOS"), "{\"assessor\":\"asisten.jateng\"}"), 403)
                .get("detail").asString()).contains("asisten.jateng", "PWK-33");
        body(bantenHead.put(assignment(2030, "36.72", "DINSOS"), "{\"assessor\":\"kepala.jateng\"}"), 400);
        body(bantenHead.put(assignment(2030, "36.72", "PKM-01"), "{\"assessor\":\"asisten.banten\"}"), 409);
        body(bantenHead.put(assignment(2030, "36.72", "RSUD-NONE"), "{\"assessor\":\"asisten.banten\"}"), 404);
        body(bantenAssessor.put(assignment(2030, "36.72", "DINSOS"), "{\"assessor\":\"asisten.banten\"}"), 403);
        body(HttpCalls.anonymous(port).put(assignment(2030, "36.72", "DINSOS"), "{\"assessor\":\"asisten.banten\"}"), 401);
        assertThat(body(bantenHead.get("/api/v1/cycles/2030/assignments"), 200).get("units"))
                .filteredOn(u -> u.get("unitCode").asString().equals("DINSOS") && u.get("entityCode").asString().equals("36.72"))
                .singleElement().satisfies(u -> assertThat(u.get("assessor").get("username").asString()).isEqualTo("asisten.banten"));

        body(jatengHead.put(assignment(2030, "33.08", "DUKCAPIL"), "{\"assessor\":\"asisten.jateng\"}"), 200);
        // HQ may assign anyone anywhere, and hears when the assessor's office does not cover the unit.
        JsonNode crossOffice = body(admin.put(assignment(2030, "33.08", "DINSOS"), "{\"assessor\":\"asisten.banten\"}"), 200);
        assertThat(warningCodes(crossOffice)).containsExactly("cycle.assignment.outsideAssessorScope");

        JsonNode banten = body(bantenHead.get("/api/v1/cycles/2030/assignments"), 200);
        assertThat(banten.get("officeCode").asString()).isEqualTo("PWK-36");
        assertThat(banten.get("units")).isNotEmpty().allSatisfy(u -> assertThat(u.get("provinceCode").asString()).isEqualTo("36"));
        JsonNode load = assessor(banten, "asisten.banten");
        assertThat(load.get("units").asInt()).isEqualTo(load.get("assignments").size()).isPositive();
        assertThat(load.get("assignments")).anySatisfy(u -> assertThat(u.get("unitCode").asString()).isEqualTo("DINSOS"));
        body(bantenHead.get("/api/v1/cycles/2030/assignments?office=PWK-33"), 403);
        body(bantenAssessor.get("/api/v1/cycles/2030/assignments"), 403);
        JsonNode jateng = body(admin.get("/api/v1/cycles/2030/assignments?office=PWK-33"), 200);
        assertThat(assessor(jateng, "asisten.jateng").get("assignments"))
                .anySatisfy(u -> assertThat(u.get("entityCode").asString()).isEqualTo("33.08"));
        assertThat(assessor(jateng, "asisten.banten").get("units").asInt()).isPositive();

        body(bantenHead.delete(assignment(2030, "36.72", "DPMPTSP")), 204);
        body(jatengHead.delete(assignment(2030, "36.72", "DINSOS")), 403);
    }

    @Test
    void aDeclaredConflictOfInterestRefusesTheAssignmentAndFlagsAnEarlierOne() {
        body(admin.put(assignment(2030, "36.72", "DINKES"), "{\"assessor\":\"asisten.jateng\"}"), 200);
        JsonNode declared = body(jatengAssessor.post("/api/v1/me/conflicts",
                "{\"entityCode\":\"36.72\",\"reason\":\"Saudara kandung bekerja di Dinas Kesehatan Kota Cilegon\"}"), 201);
        assertThat(declared.get("entityName").asString()).contains("Cilegon");
        assertThat(body(jatengAssessor.get("/api/v1/me/conflicts"), 200))
                .anySatisfy(c -> assertThat(c.get("entityCode").asString()).isEqualTo("36.72"));
        body(jatengAssessor.post("/api/v1/me/conflicts", "{\"entityCode\":\"99.99\",\"reason\":\"x\"}"), 404);
        body(jatengAssessor.post("/api/v1/me/conflicts", "{\"entityCode\":\"36.71\",\"reason\":\" \"}"), 400);
        body(bantenHead.post("/api/v1/me/conflicts", "{\"entityCode\":\"36.72\",\"reason\":\"x\"}"), 403);

        assertThat(body(admin.put(assignment(2030, "36.72", "DUKCAPIL"), "{\"assessor\":\"asisten.jateng\"}"), 409)
                .get("detail").asString()).contains("konflik kepentingan", "Cilegon");
        JsonNode banten = body(admin.get("/api/v1/cycles/2030/assignments?office=PWK-36"), 200);
        assertThat(banten.get("units"))
                .filteredOn(u -> u.get("unitCode").asString().equals("DINKES") && u.get("entityCode").asString().equals("36.72"))
                .singleElement().satisfies(u -> assertThat(u.get("conflictOfInterest").asBoolean()).isTrue());
    }

    @Test
    void theSameAssessorOnTheSameUnitAsLastYearIsWarnedNotRefused() {
        JsonNode first = body(bantenHead.put(assignment(2030, "36.72", "DUKCAPIL"), "{\"assessor\":\"asisten.banten\"}"), 200);
        assertThat(warningCodes(first)).doesNotContain("cycle.assignment.sameUnitLastYear");
        JsonNode again = body(bantenHead.put(assignment(2031, "36.72", "DUKCAPIL"), "{\"assessor\":\"asisten.banten\"}"), 200);
        assertThat(warningCodes(again)).containsExactly("cycle.assignment.sameUnitLastYear");
        assertThat(again.get("warnings").get(0).get("message").asString()).contains("DUKCAPIL", "2030", "rotasi");
        assertThat(again.get("assessor").get("username").asString()).isEqualTo("asisten.banten");
        JsonNode english = body(bantenHead.inEnglish().put(assignment(2031, "36.72", "DUKCAPIL"), "{\"assessor\":\"asisten.banten\"}"), 200);
        assertThat(english.get("warnings").get(0).get("message").asString()).contains("also assessed", "2030");
    }

    @Test
    void respondentsConfirmedLessThanSevenDaysBeforeTheVisitAreKeptWithAWarning() {
        LocalDate today = LocalDate.now(clock);
        body(bantenHead.put(assignment(2030, "36.72", "DPMPTSP"), "{\"assessor\":\"asisten.banten\"}"), 200);
        String confirm = assignment(2030, "36.72", "DPMPTSP") + "/respondents-confirmed";
        body(bantenAssessor.post(confirm, "{\"confirmedOn\":\"" + today + "\",\"contact\":\"Ibu Sari, Sekretariat\"}"), 400);
        JsonNode late = body(bantenAssessor.post(confirm, "{\"confirmedOn\":\"" + today + "\",\"contact\":\"Ibu Sari, Sekretariat\","
                + "\"visitDate\":\"" + today.plusDays(3) + "\"}"), 200);
        assertThat(warningCodes(late)).containsExactly("cycle.assignment.lateConfirmation");
        assertThat(late.get("warnings").get(0).get("message").asString()).contains("3 hari", "7 hari");
        assertThat(late.get("respondentsConfirmedOn").asString()).isEqualTo(today.toString());
        assertThat(late.get("respondentsContact").asString()).isEqualTo("Ibu Sari, Sekretariat");
        assertThat(late.get("visitDate").asString()).isEqualTo(today.plusDays(3).toString());

        JsonNode early = body(bantenHead.post(confirm, "{\"confirmedOn\":\"" + today + "\",\"contact\":\"Ibu Sari\","
                + "\"visitDate\":\"" + today.plusDays(10) + "\"}"), 200);
        assertThat(warningCodes(early)).isEmpty();
        body(bantenAssessor.post(confirm, "{\"confirmedOn\":\"" + today.plusDays(1) + "\",\"contact\":\"Ibu Sari\"}"), 400);
        body(bantenAssessor.post(confirm, "{\"confirmedOn\":\"" + today + "\",\"contact\":\"\"}"), 400);
        body(jatengAssessor.post(confirm, "{\"confirmedOn\":\"" + today + "\",\"contact\":\"x\"}"), 403);
        body(jatengHead.post(confirm, "{\"confirmedOn\":\"" + today + "\",\"contact\":\"x\"}"), 403);
        body(bantenHead.post(assignment(2031, "36.72", "DPMPTSP") + "/respondents-confirmed",
                "{\"confirmedOn\":\"" + today + "\",\"contact\":\"x\"}"), 409);
    }

    @Test
    void anAssessorSeesOnlyTheirOwnAssignments() {
        body(bantenHead.put(assignment(2031, "36.72", "DINSOS"), "{\"assessor\":\"asisten.banten\"}"), 200);
        body(jatengHead.put(assignment(2031, "33.08", "DUKCAPIL"), "{\"assessor\":\"asisten.jateng\"}"), 200);

        JsonNode mine = body(bantenAssessor.get("/api/v1/me/assignments?year=2031"), 200);
        assertThat(mine).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("assessor").get("username").asString()).isEqualTo("asisten.banten");
            assertThat(a.get("year").asInt()).isEqualTo(2031);
        });
        assertThat(units(mine)).contains("36.72/DINSOS").doesNotContain("33.08/DUKCAPIL");
        JsonNode theirs = body(jatengAssessor.get("/api/v1/me/assignments?year=2031"), 200);
        assertThat(units(theirs)).contains("33.08/DUKCAPIL").doesNotContain("36.72/DINSOS");
        assertThat(body(bantenAssessor.get("/api/v1/me/assignments"), 200).size()).isGreaterThanOrEqualTo(mine.size());
        body(bantenAssessor.get("/api/v1/cycles/2031/assignments"), 403);
        body(bantenAssessor.get("/api/v1/me/assignments?year=2099"), 404);
    }

    private static String assignment(int year, String entityCode, String unitCode) {
        return "/api/v1/cycles/" + year + "/assignments/" + entityCode + "/units/" + unitCode;
    }

    private static JsonNode assessor(JsonNode workload, String username) {
        for (JsonNode load : workload.get("assessors")) {
            if (load.get("username").asString().equals(username)) {
                return load;
            }
        }
        throw new AssertionError(username + " not in " + workload.get("assessors"));
    }

    private static List<String> warningCodes(JsonNode assignment) {
        List<String> codes = new ArrayList<>();
        assignment.get("warnings").forEach(w -> codes.add(w.get("code").asString()));
        return codes;
    }

    private static List<String> units(JsonNode assignments) {
        List<String> units = new ArrayList<>();
        assignments.forEach(a -> units.add(a.get("entityCode").asString() + "/" + a.get("unitCode").asString()));
        return units;
    }

    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
