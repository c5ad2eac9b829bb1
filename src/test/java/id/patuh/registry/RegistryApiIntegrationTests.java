package id.patuh.registry;

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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryApiIntegrationTests {

    @LocalServerPort
    int port;

    ObjectMapper json = id.patuh.support.HttpCalls.JSON;

    HttpCalls api;

    @BeforeEach
    void setUp() {
        api = HttpCalls.anonymous(port);
    }

    @Test
    void provincesAreAll38WithTheirKemendagriCodes() {
        JsonNode provinces = body(api.get("/api/v1/provinces"), 200);
        assertThat(provinces.size()).isEqualTo(38);
        assertThat(find(provinces, "36").get("name").asString()).isEqualTo("Banten");
        assertThat(find(provinces, "96").get("name").asString()).isEqualTo("Papua Barat Daya");
    }

    @Test
    void everyProvinceRegencyAndCityIsAnEntityWithItsCode() {
        assertThat(body(api.get("/api/v1/entities?type=PEMPROV"), 200).size()).isEqualTo(38);
        assertThat(body(api.get("/api/v1/entities?type=PEMKAB"), 200).size()).isEqualTo(416);
        assertThat(body(api.get("/api/v1/entities?type=PEMKOT"), 200).size()).isEqualTo(98);
        JsonNode pandeglang = body(api.get("/api/v1/entities/36.01"), 200);
        assertThat(pandeglang.get("type").asString()).isEqualTo("PEMKAB");
        assertThat(pandeglang.get("provinceCode").asString()).isEqualTo("36");
        assertThat(pandeglang.get("name").asString()).isEqualTo("Pemerintah Kabupaten Pandeglang");
        JsonNode banten = body(api.get("/api/v1/entities/36"), 200);
        assertThat(banten.get("type").asString()).isEqualTo("PEMPROV");
    }

    @Test
    void ministriesAndAgenciesHaveShortCodesAndNoProvince() {
        JsonNode kemenlu = body(api.get("/api/v1/entities/KEMENLU"), 200);
        assertThat(kemenlu.get("type").asString()).isEqualTo("KEMENTERIAN");
        assertThat(kemenlu.get("provinceCode").isNull()).isTrue();
        assertThat(body(api.get("/api/v1/entities?type=LEMBAGA"), 200).size()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void entityListFiltersByTypeProvinceAndText() {
        JsonNode banten = body(api.get("/api/v1/entities?province=36"), 200);
        assertThat(codes(banten)).containsExactly("36", "36.01", "36.02", "36.03", "36.04", "36.71", "36.72", "36.73", "36.74");
        JsonNode cities = body(api.get("/api/v1/entities?province=36&type=PEMKOT&q=tangerang"), 200);
        assertThat(codes(cities)).containsExactly("36.71", "36.74");
        JsonNode byText = body(api.get("/api/v1/entities?q=PANDEGLANG"), 200);
        assertThat(codes(byText)).containsExactly("36.01");
        assertThat(body(api.get("/api/v1/entities?q=100%25"), 200).size()).isZero();
    }

    @Test
    void entityDetailListsItsUnits() {
        JsonNode pandeglang = body(api.get("/api/v1/entities/36.01"), 200);
        List<String> kinds = new ArrayList<>();
        pandeglang.get("units").forEach(u -> kinds.add(u.get("kind").asString()));
        assertThat(kinds).contains("DUKCAPIL", "DPMPTSP", "PUSKESMAS");
        assertThat(pandeglang.get("units").get(0).has("code")).isTrue();
    }

    @Test
    void unknownCodesAreProblemDetailsWith404() {
        HttpResponse<String> response = api.get("/api/v1/entities/99.99");
        JsonNode problem = body(response, 404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(problem.get("detail").asString()).contains("99.99").contains("tidak ditemukan");
        body(api.get("/api/v1/entities?province=99"), 404);
        body(api.get("/api/v1/entities/36.01/units/NOPE"), 404);
        body(api.as("admin.demo").get("/api/v1/nothing-here"), 404);
    }

    @Test
    void anAdminCreatesAUnitAndThenUpdatesIt() {
        HttpCalls admin = api.as("admin.demo");
        JsonNode created = body(admin.put("/api/v1/entities/36.02/units/MPP", "{\"name\":\"Mal Pelayanan Publik\",\"kind\":\"OTHER\"}"), 201);
        assertThat(created.get("code").asString()).isEqualTo("MPP");
        JsonNode updated = body(admin.put("/api/v1/entities/36.02/units/MPP", "{\"name\":\"Mal Pelayanan Publik Lebak\",\"kind\":\"DPMPTSP\"}"), 200);
        assertThat(updated.get("kind").asString()).isEqualTo("DPMPTSP");
        JsonNode lebak = body(api.get("/api/v1/entities/36.02"), 200);
        JsonNode unit = find(lebak.get("units"), "MPP");
        assertThat(unit.get("name").asString()).isEqualTo("Mal Pelayanan Publik Lebak");
        assertThat(unit.get("kind").asString()).isEqualTo("DPMPTSP");
    }

    @Test
    void writingWithoutCredentialsIs401AndNeverARedirect() {
        HttpResponse<String> response = api.put("/api/v1/entities/36.01/units/X1", "{\"name\":\"x\",\"kind\":\"OTHER\"}");
        body(response, 401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        body(api.basic("admin.demo", "wrong-password").put("/api/v1/entities/36.01/units/X1", "{\"name\":\"x\",\"kind\":\"OTHER\"}"), 401);
        body(api.bearer("patuh_not-a-real-token").get("/api/v1/me"), 401);
        assertThat(api.get("/api/v1/entities/36.01/units/X1").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAdminsWriteTheRegistry() {
        for (String user : List.of("asisten.banten", "kepala.banten", "koordinator.pandeglang", "operator.pandeglang")) {
            body(api.as(user).put("/api/v1/entities/36.01/units/X2", "{\"name\":\"x\",\"kind\":\"OTHER\"}"), 403);
            body(api.as(user).post("/api/v1/entities", "{\"code\":\"KEMENX\",\"name\":\"x\",\"type\":\"KEMENTERIAN\"}"), 403);
        }
        assertThat(api.get("/api/v1/entities/36.01/units/X2").statusCode()).isEqualTo(404);
    }

    @Test
    void invalidUnitRequestsAre400WithTheReasonAndChangeNothing() {
        HttpCalls admin = api.as("admin.demo");
        JsonNode blank = body(admin.put("/api/v1/entities/36.01/units/X3", "{\"name\":\" \",\"kind\":\"OTHER\"}"), 400);
        assertThat(blank.get("errors").get(0).get("field").asString()).isEqualTo("name");
        body(admin.put("/api/v1/entities/36.01/units/X3", "{\"name\":\"x\",\"kind\":\"KANTOR\"}"), 400);
        body(admin.put("/api/v1/entities/36.01/units/X3", "{\"name\":\"x\"}"), 400);
        body(admin.put("/api/v1/entities/36.01/units/X3", "not json"), 400);
        body(admin.put("/api/v1/entities/36.01/units/bad%20code", "{\"name\":\"x\",\"kind\":\"OTHER\"}"), 400);
        body(admin.put("/api/v1/entities/99.99/units/X3", "{\"name\":\"x\",\"kind\":\"OTHER\"}"), 404);
        assertThat(api.get("/api/v1/entities/36.01/units/X3").statusCode()).isEqualTo(404);
    }

    @Test
    void regionalGovernmentsCannotBeAddedByHand() {
        HttpCalls admin = api.as("admin.demo");
        body(admin.post("/api/v1/entities", "{\"code\":\"36.99\",\"name\":\"Kabupaten Fiktif\",\"type\":\"PEMKAB\"}"), 400);
        JsonNode added = body(admin.post("/api/v1/entities", "{\"code\":\"BPJSKES\",\"name\":\"BPJS Kesehatan\",\"type\":\"LEMBAGA\"}"), 201);
        assertThat(added.get("code").asString()).isEqualTo("BPJSKES");
        body(admin.post("/api/v1/entities", "{\"code\":\"BPJSKES\",\"name\":\"BPJS Kesehatan\",\"type\":\"LEMBAGA\"}"), 409);
    }

    @Test
    void textPostgreSQLCannotStoreIsA400NotACrash() {
        body(api.get("/api/v1/entities?q=a%00b"), 400);
        body(api.get("/api/v1/entities?province=3%006"), 400);
        body(api.as("admin.demo").put("/api/v1/entities/36.01/units/NUL1", "{\"name\":\"a\\u0000b\",\"kind\":\"OTHER\"}"), 400);
        assertThat(api.get("/api/v1/entities/36.01/units/NUL1").statusCode()).isEqualTo(404);
    }

    @Test
    void problemDetailsSpeakEnglishWhenTheCallerAsks() {
        JsonNode problem = body(api.inEnglish().get("/api/v1/entities/99.99"), 404);
        assertThat(problem.get("detail").asString()).isEqualTo("No provider has the code 99.99.");
    }

    @Test
    void regionalOfficesCoverEveryProvinceOnce() {
        JsonNode offices = body(api.get("/api/v1/offices"), 200);
        assertThat(offices.size()).isEqualTo(34);
        List<String> covered = new ArrayList<>();
        offices.forEach(o -> o.get("provinceCodes").forEach(p -> covered.add(p.asString())));
        assertThat(covered).hasSize(38).doesNotHaveDuplicates();
        assertThat(find(offices, "PWK-91").get("provinceCodes").toString()).contains("93", "94", "95");
    }

    @Test
    void theOpenApiDocumentDescribesTheRegistry() {
        HttpResponse<String> docs = api.get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/entities/{code}/units/{unitCode}", "/api/v1/provinces");
    }

    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (code.equals(node.get("code").asString())) {
                return node;
            }
        }
        throw new AssertionError("No element with code " + code + " in " + array);
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(n -> codes.add(n.get("code").asString()));
        return codes;
    }
}
