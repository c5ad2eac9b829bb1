package id.patuh.results;

import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers stored in PostgreSQL, scored by the engine under the cycle's methodology, checked against hand arithmetic.
 * Uses units of Kota Tangerang Selatan (36.74) in 2024 and Kota Cilegon (36.72) in the legacy year 2017.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScoringFromAnswersIntegrationTests {

    @LocalServerPort
    int port;

    ObjectMapper json = HttpCalls.JSON;
    HttpCalls admin;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
        for (String cycle : new String[]{"{\"year\":2024,\"methodologyId\":\"ombudsman-2022\"}",
                "{\"year\":2017,\"methodologyId\":\"ombudsman-legacy\"}"}) {
            assertThat(admin.post("/api/v1/cycles", cycle).statusCode()).isIn(201, 409);
        }
    }

    /** Every indicator at the top of its scale, one respondent each — except the overrides given. */
    private String fullMarks(String methodologyId, String overriddenIndicator, String overrideAnswers, String product) {
        JsonNode tree = body(admin.get("/api/v1/methodologies/" + methodologyId), 200);
        List<String> answers = new ArrayList<>();
        for (JsonNode dimension : tree.get("dimensions")) {
            for (JsonNode variable : dimension.get("variables")) {
                for (JsonNode indicator : variable.get("indicators")) {
                    String code = indicator.get("code").asString();
                    int max = indicator.get("scale").get("levels").size() - 1;
                    if (code.equals(overriddenIndicator)) {
                        if (!overrideAnswers.isEmpty()) {
                            answers.add(overrideAnswers);
                        }
                    } else {
                        answers.add("{\"indicator\":\"" + code + "\",\"respondent\":1,\"level\":" + max
                                + (product == null ? "" : ",\"product\":\"" + product + "\"") + "}");
                    }
                }
            }
        }
        return String.join(",", answers);
    }

    @Test
    void aUnitLosesWeightTimesShareTimesShortfallOnOneIndicator() {
        // IN.KP.01 weighs 12.22% of INPUT (21.85): four officials answer 3, 3, 3 and 0, so the indicator scores 0.75
        // and the unit loses 21.85 × 0.1222 × 0.25 = 0.6675175 → 99.3324825 → 99.33.
        String officials = "{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":3},{\"indicator\":\"IN.KP.01\",\"respondent\":2,\"level\":3},"
                + "{\"indicator\":\"IN.KP.01\",\"respondent\":3,\"level\":3},{\"indicator\":\"IN.KP.01\",\"respondent\":4,\"level\":0}";
        String body = "{\"answers\":[" + fullMarks("ombudsman-2022", "IN.KP.01", officials, null) + "]}";
        assertThat(body(admin.put("/api/v1/cycles/2024/entities/36.74/units/DUKCAPIL/answers", body), 200).get("answers").asInt())
                .isGreaterThan(40);
        JsonNode result = body(admin.get("/api/v1/cycles/2024/results/36.74"), 200);
        JsonNode unit = result.get("units").get(0);
        assertThat(unit.get("score").asString()).isEqualTo("99.33");
        assertThat(unit.get("source").asString()).isEqualTo("COMPUTED");
        assertThat(unit.get("dimensions").get("INPUT").asString()).isEqualTo("21.18");
        assertThat(unit.get("dimensions").get("PROSES").asString()).isEqualTo("32.37");
        assertThat(result.get("score").asString()).isEqualTo("99.33");
        assertThat(result.get("category").asString()).isEqualTo("A");
    }

    @Test
    void aUnitWithAnUnansweredIndicatorIsIncompleteAndSaysWhich() {
        String body = "{\"answers\":[" + fullMarks("ombudsman-2022", "PG.PP.01", "", null) + "]}";
        body(admin.put("/api/v1/cycles/2024/entities/36.74/units/DINSOS/answers", body), 200);
        JsonNode result = body(admin.get("/api/v1/cycles/2024/results/36.74"), 200);
        assertThat(result.get("complete").asBoolean()).isFalse();
        JsonNode dinsos = null;
        for (JsonNode unit : result.get("units")) {
            if ("DINSOS".equals(unit.get("unitCode").asString())) {
                dinsos = unit;
            }
        }
        assertThat(dinsos).isNotNull();
        assertThat(dinsos.get("complete").asBoolean()).isFalse();
        assertThat(dinsos.get("missing").size()).isEqualTo(1);
        assertThat(dinsos.get("missing").get(0).get("indicator").asString()).isEqualTo("PG.PP.01");
    }

    @Test
    void answersOutsideTheMethodologyAreRefusedWholeAndChangeNothing() {
        // Kabupaten Tangerang (36.03) must stay out of the 2024 locus: ResultsApiIntegrationTests refuses its scores too.
        String path = "/api/v1/cycles/2024/entities/36.03/units/DINDIK/answers";
        assertThat(body(admin.put(path, "{\"answers\":[{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":4}]}"), 400)
                .get("detail").asString()).contains("0–3");
        body(admin.put(path, "{\"answers\":[{\"indicator\":\"NOPE\",\"respondent\":1,\"level\":1}]}"), 400);
        body(admin.put(path, "{\"answers\":[{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":1},{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":2}]}"), 400);
        body(admin.put(path, "{\"answers\":[{\"indicator\":\"IN.KP.01\",\"respondent\":0,\"level\":1}]}"), 400);
        body(admin.put(path, "{\"answers\":[{\"indicator\":\"IN.KP.01\",\"level\":1}]}"), 400);
        body(admin.put(path, "{}"), 400);
        body(admin.get("/api/v1/cycles/2024/results/36.03"), 404);
    }

    @Test
    void theLegacyMethodAveragesOverObservedProducts() {
        // Two products of one unit: one shows all 14 components (100), the other none (0): 50.00, below 51 → merah.
        String shown = fullMarks("ombudsman-legacy", "", "", "KTP-EL");
        String missing = shown.replace("\"level\":1", "\"level\":0").replace("KTP-EL", "AKTA-LAHIR");
        body(admin.put("/api/v1/cycles/2017/entities/36.72/units/DUKCAPIL/answers", "{\"answers\":[" + shown + "," + missing + "]}"), 200);
        JsonNode result = body(admin.get("/api/v1/cycles/2017/results/36.72"), 200);
        assertThat(result.get("score").asString()).isEqualTo("50.00");
        assertThat(result.get("zone").asString()).isEqualTo("MERAH");
        assertThat(result.get("category").isNull()).isTrue();
        assertThat(result.get("opinion").isNull()).isTrue();
    }

    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }
}
