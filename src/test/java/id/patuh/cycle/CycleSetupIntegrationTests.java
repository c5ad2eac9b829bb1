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
 * Cycle setup by HQ on Kota Cilegon (36.72) and Kabupaten Magelang (33.08) in this class's own years 2030 and 2031:
 * phase windows that gate capture, the two observed products per unit, and copying last year's locus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CycleSetupIntegrationTests {

    static final String CILEGON_2031 = "/api/v1/cycles/2031/entities/36.72/units/";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    ObjectMapper json = HttpCalls.JSON;
    HttpCalls admin;
    HttpCalls assessor;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        assessor = HttpCalls.anonymous(port).as("asisten.banten");
        today = LocalDate.now(clock);
        for (int year : new int[]{2030, 2031}) {
            assertThat(admin.post("/api/v1/cycles", "{\"year\":" + year + ",\"methodologyId\":\"ombudsman-2025\"}")
                    .statusCode()).isIn(201, 409);
        }
    }

    @Test
    void answersAreSavedOnlyInTheirPhaseAndARefusalNamesThePhaseAndItsWindow() {
        try {
            schedule(2031, window("PREPARATION", -30, -11), window("DATA_COLLECTION", -10, 10));
            body(assessor.put(CILEGON_2031 + "DINKES/answers/IN.KP.01/1", "{\"level\":2,\"version\":0}"), 200);

            schedule(2031, window("DATA_COLLECTION", -20, -1), window("VERIFICATION", 0, 10));
            String refused = body(assessor.put(CILEGON_2031 + "DINKES/answers/IN.KP.01/1", "{\"level\":3,\"version\":1}"), 409)
                    .get("detail").asString();
            assertThat(refused).contains("Verifikasi", today.toString(), today.plusDays(10).toString(), "Pengambilan data",
                    today.minusDays(20).toString(), today.minusDays(1).toString());
            assertThat(body(admin.put(CILEGON_2031 + "DINKES/answers/IN.KP.01/1", "{\"level\":3,\"version\":1}"), 200)
                    .get("version").asInt()).isEqualTo(2);
            assertThat(body(assessor.post(CILEGON_2031 + "DINKES/submit", ""), 409).get("detail").asString())
                    .as("submitting belongs to data collection too").contains("Verifikasi");
            JsonNode cycle = body(admin.get("/api/v1/cycles/2031"), 200);
            assertThat(cycle.get("phase").asString()).isEqualTo("VERIFICATION");
            assertThat(cycle.get("phasesScheduled").asBoolean()).isTrue();
            assertThat(cycle.get("phases").get(2).get("phase").asString()).isEqualTo("VERIFICATION");
            assertThat(cycle.get("phases").get(2).get("startsOn").asString()).isEqualTo(today.toString());
            assertThat(cycle.get("phases").get(2).get("current").asBoolean()).isTrue();
            assertThat(cycle.get("phases").get(0).get("startsOn").isNull()).isTrue();

            // Clarification: no answer one by one, but HQ's corrections as a whole and direct scores go on.
            schedule(2031, window("VERIFICATION", -10, -1), window("CLARIFICATION", 0, 5));
            assertThat(body(admin.put(CILEGON_2031 + "DINKES/answers/IN.KP.01/1", "{\"level\":1,\"version\":2}"), 409)
                    .get("detail").asString()).contains("Klarifikasi");
            body(admin.put(CILEGON_2031 + "DINSOS/answers", "{\"answers\":[{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":1}]}"), 200);
            body(admin.put(CILEGON_2031 + "DUKCAPIL/score", "{\"score\":70.00}"), 200);

            schedule(2031, window("CLARIFICATION", -10, -1), "{\"phase\":\"DETERMINATION\",\"startsOn\":\"" + today + "\"}");
            assertThat(body(admin.put(CILEGON_2031 + "DUKCAPIL/score", "{\"score\":71.00}"), 409).get("detail").asString())
                    .contains("Penetapan", "mulai " + today);
            body(admin.put(CILEGON_2031 + "DINSOS/answers", "{\"answers\":[]}"), 409);
            body(admin.put(CILEGON_2031 + "DINKES/answers/IN.KP.01/1", "{\"level\":1,\"version\":2}"), 409);
            assertThat(body(assessor.inEnglish().put(CILEGON_2031 + "DINKES/answers/IN.KP.01/1", "{\"level\":1,\"version\":2}"), 409)
                    .get("detail").asString()).contains("Determination", "Data collection");
            body(admin.put("/api/v1/cycles/2031/locus/36.72/units/DINDIK", ""), 409);

            // Between two windows nothing is under way, and nobody captures.
            schedule(2031, window("PREPARATION", -10, -1), window("DATA_COLLECTION", 1, 10));
            assertThat(body(admin.get("/api/v1/cycles/2031"), 200).get("phase").isNull()).isTrue();
            assertThat(body(assessor.put(CILEGON_2031 + "DINKES/answers/IN.KP.01/1", "{\"level\":1,\"version\":2}"), 409)
                    .get("detail").asString()).contains("tidak ada tahap yang berlangsung", today.plusDays(1).toString());
        } finally {
            schedule(2031);
        }
        assertThat(body(admin.get("/api/v1/cycles/2031"), 200).get("phase").asString()).isEqualTo("DATA_COLLECTION");
        body(assessor.put(CILEGON_2031 + "DINKES/answers/IN.KP.01/1", "{\"level\":1,\"version\":2}"), 200);
    }

    @Test
    void phaseWindowsOutOfOrderOverlappingOrEndingBeforeTheyStartAreRefused() {
        JsonNode overlap = body(admin.put("/api/v1/cycles/2030/phases", phases(window("DATA_COLLECTION", 0, 10),
                window("VERIFICATION", 10, 20))), 400);
        assertThat(overlap.get("errors").get(0).get("field").asString()).isEqualTo("phases[1].startsOn");
        assertThat(overlap.get("detail").asString()).contains("Verifikasi", "Pengambilan data");
        body(admin.put("/api/v1/cycles/2030/phases", phases(window("VERIFICATION", 0, 10), window("DATA_COLLECTION", 11, 20))), 400);
        body(admin.put("/api/v1/cycles/2030/phases", phases(window("DATA_COLLECTION", 5, 4))), 400);
        body(admin.put("/api/v1/cycles/2030/phases", phases("{\"phase\":\"HARVEST\",\"startsOn\":\"" + today + "\"}")), 400);
        body(HttpCalls.anonymous(port).as("kepala.banten").put("/api/v1/cycles/2030/phases", phases()), 403);
        body(admin.put("/api/v1/cycles/2099/phases", phases()), 404);
        JsonNode cycle = body(admin.get("/api/v1/cycles/2030"), 200);
        assertThat(cycle.get("phasesScheduled").asBoolean()).isFalse();
        assertThat(cycle.get("phase").asString()).isEqualTo("DATA_COLLECTION");
        assertThat(cycle.get("phases").size()).isEqualTo(6);
    }

    @Test
    void theObservedProductsAreExactlyTwoOfTheUnitsOwn() {
        body(admin.put("/api/v1/entities/33.08/units/UJI-TIGA", "{\"name\":\"Unit uji tiga produk\",\"kind\":\"OTHER\"}"), null);
        for (String product : List.of("P1", "P2", "P3")) {
            body(admin.put("/api/v1/entities/33.08/units/UJI-TIGA/products/" + product, "{\"name\":\"Produk " + product + "\"}"), 200);
        }
        String products = "/api/v1/cycles/2030/locus/33.08/units/UJI-TIGA/products";
        assertThat(body(admin.put(products, "{\"products\":[\"P1\",\"P2\",\"P3\"]}"), 400).get("detail").asString())
                .contains("tepat 2", "3 produk");
        body(admin.put(products, "{\"products\":[\"P1\"]}"), 400);
        body(admin.put(products, "{\"products\":[\"P1\",\"P1\"]}"), 400);
        assertThat(body(admin.put(products, "{\"products\":[\"P1\",\"KTP-EL\"]}"), 400).get("detail").asString())
                .contains("KTP-EL", "UJI-TIGA");
        body(HttpCalls.anonymous(port).as("kepala.jateng").put(products, "{\"products\":[\"P1\",\"P3\"]}"), 403);
        assertThat(codes(body(admin.put(products, "{\"products\":[\"P3\",\"P1\"]}"), 200).get("products"))).containsExactly("P1", "P3");
        body(admin.put("/api/v1/cycles/2030/locus/33.08/units/DUKCAPIL/products", "{\"products\":[\"KTP-EL\",\"AKTA-LAHIR\"]}"), 200);

        JsonNode locus = body(admin.get("/api/v1/cycles/2030/locus?entity=33.08"), 200);
        assertThat(locus).allSatisfy(unit -> assertThat(unit.get("entityCode").asString()).isEqualTo("33.08"));
        assertThat(codes(unit(locus, "33.08", "UJI-TIGA").get("products"))).containsExactly("P1", "P3");
        assertThat(codes(unit(locus, "33.08", "DUKCAPIL").get("products"))).containsExactly("AKTA-LAHIR", "KTP-EL");
        // A product a cycle observes stays in the registry: the answers per product keep their meaning.
        body(admin.delete("/api/v1/entities/33.08/units/UJI-TIGA/products/P3"), 409);
        body(admin.delete("/api/v1/entities/33.08/units/UJI-TIGA/products/P2"), 204);
    }

    @Test
    void copyingLastYearsLocusBringsItsUnitsAndProductsAndRunningItAgainAddsNothing() {
        body(admin.put("/api/v1/cycles/2030/locus/36.72/units/DUKCAPIL/products", "{\"products\":[\"KTP-EL\",\"AKTA-LAHIR\"]}"), 200);
        body(admin.put("/api/v1/cycles/2030/locus/36.72/units/DINSOS/products", "{\"products\":[\"SKTM\",\"DTKS\"]}"), 200);
        body(admin.put("/api/v1/cycles/2030/locus/33.08/units/DINKES", ""), 204);
        JsonNode last = body(admin.get("/api/v1/cycles/2030/locus"), 200);

        JsonNode first = body(admin.post("/api/v1/cycles/2031/locus/copy-from/2030", ""), 200);
        assertThat(first.get("unitsCopied").asInt() + first.get("skipped").size()).isEqualTo(last.size());
        assertThat(first.get("skipped")).allSatisfy(s -> assertThat(s.get("reason").asString()).isEqualTo("ALREADY_IN_LOCUS"));
        JsonNode copied = body(admin.get("/api/v1/cycles/2031/locus"), 200);
        for (JsonNode unit : last) {
            assertThat(unit(copied, unit.get("entityCode").asString(), unit.get("unitCode").asString())).isNotNull();
        }
        assertThat(codes(unit(copied, "36.72", "DUKCAPIL").get("products"))).containsExactly("AKTA-LAHIR", "KTP-EL");
        assertThat(codes(unit(copied, "36.72", "DINSOS").get("products"))).containsExactly("DTKS", "SKTM");
        assertThat(unit(copied, "33.08", "DINKES").get("products").size()).isZero();

        JsonNode again = body(admin.post("/api/v1/cycles/2031/locus/copy-from/2030", ""), 200);
        assertThat(again.get("unitsCopied").asInt()).isZero();
        assertThat(again.get("productChoicesCopied").asInt()).isZero();
        assertThat(again.get("skipped").size()).isEqualTo(last.size());
        assertThat(body(admin.get("/api/v1/cycles/2031/locus"), 200).size()).isEqualTo(copied.size());

        body(admin.post("/api/v1/cycles/2030/locus/copy-from/2031", ""), 400);
        body(admin.post("/api/v1/cycles/2031/locus/copy-from/2029", ""), 404);
        body(HttpCalls.anonymous(port).as("kepala.banten").post("/api/v1/cycles/2031/locus/copy-from/2030", ""), 403);
    }

    @Test
    void aUnitReturnedDuringVerificationCanStillBeCorrectedAndResubmitted() {
        // 2032 belongs to this test alone.
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2032,\"methodologyId\":\"ombudsman-2025\"}").statusCode()).isIn(201, 409);
        String unit = "/api/v1/cycles/2032/entities/36.72/units/DINSOS/";
        body(admin.put(unit + "answers", "{\"answers\":[" + id.patuh.support.AnswerSheets.fullMarks(admin, "ombudsman-2025") + "]}"), 200);
        body(assessor.post(unit + "submit", ""), 200);
        body(HttpCalls.anonymous(port).as("kepala.banten").post(unit + "return",
                "{\"items\":[{\"item\":\"UNIT\",\"reason\":\"Periksa ulang\"}]}"), 200);
        try {
            schedule(2032, window("DATA_COLLECTION", -20, -1), window("VERIFICATION", 0, 10));
            body(assessor.put(unit + "answers/IN.KP.01/1", "{\"level\":2,\"version\":1}"), 200);
            assertThat(body(assessor.post(unit + "submit", ""), 200).get("status").asString()).isEqualTo("SUBMITTED");
            body(assessor.put(unit + "answers/IN.KP.01/1", "{\"level\":3,\"version\":2}"), 409);
        } finally {
            body(admin.put("/api/v1/cycles/2032/phases", phases()), 200);
        }
    }

    private void schedule(int year, String... windows) {
        body(admin.put("/api/v1/cycles/" + year + "/phases", phases(windows)), 200);
    }

    private String phases(String... windows) {
        return "{\"phases\":[" + String.join(",", windows) + "]}";
    }

    /** A window from {@code fromDay} to {@code toDay} days after today. */
    private String window(String phase, int fromDay, int toDay) {
        return "{\"phase\":\"" + phase + "\",\"startsOn\":\"" + today.plusDays(fromDay) + "\",\"endsOn\":\""
                + today.plusDays(toDay) + "\"}";
    }

    private static JsonNode unit(JsonNode locus, String entityCode, String unitCode) {
        for (JsonNode unit : locus) {
            if (unit.get("entityCode").asString().equals(entityCode) && unit.get("unitCode").asString().equals(unitCode)) {
                return unit;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode products) {
        List<String> codes = new ArrayList<>();
        products.forEach(p -> codes.add(p.get("code").asString()));
        return codes;
    }

    /** The body of a response with the expected status (null: created or updated, 200 or 201). */
    private JsonNode body(HttpResponse<String> response, Integer expectedStatus) {
        if (expectedStatus == null) {
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        }
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
