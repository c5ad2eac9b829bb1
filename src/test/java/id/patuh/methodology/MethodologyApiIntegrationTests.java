package id.patuh.methodology;

import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MethodologyApiIntegrationTests {

    @LocalServerPort
    int port;

    ObjectMapper json = id.patuh.support.HttpCalls.JSON;

    @Autowired
    Methodologies methodologies;

    HttpCalls admin;

    @BeforeEach
    void setUp() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
    }

    @Test
    void theThreeShippedVersionsAreListedWithTheirYears() {
        JsonNode list = body(admin.get("/api/v1/methodologies"), 200);
        List<String> ids = new ArrayList<>();
        list.forEach(m -> ids.add(m.get("id").asString()));
        assertThat(ids).contains("ombudsman-legacy", "ombudsman-2022", "ombudsman-2025");
        JsonNode v2022 = find(list, "ombudsman-2022");
        assertThat(v2022.get("years").asString()).isEqualTo("2022–2024");
        assertThat(v2022.get("name").asString()).isNotBlank();
        assertThat(find(list, "ombudsman-2025").get("status").asString()).isEqualTo("PROVISIONAL");
    }

    @Test
    void aVersionReadsAsATreeWithThe2023DimensionWeights() {
        JsonNode tree = body(admin.get("/api/v1/methodologies/ombudsman-2022"), 200);
        List<String> weights = new ArrayList<>();
        tree.get("dimensions").forEach(d -> weights.add(d.get("code").asString() + "=" + d.get("weight").asString()));
        assertThat(weights).containsExactly("INPUT=21.85", "PROSES=32.37", "OUTPUT=24.24", "PENGADUAN=21.54");
        JsonNode indicator = tree.get("dimensions").get(0).get("variables").get(0).get("indicators").get(0);
        assertThat(indicator.get("weight").asString()).isEqualTo("12.22");
        assertThat(indicator.get("scale").get("levels").size()).isEqualTo(4);
    }

    @Test
    void gradingUsesInclusiveLowerBounds() {
        JsonNode c = body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=55.09"), 200);
        assertThat(c.get("score").asString()).isEqualTo("55.09");
        assertThat(c.get("category").asString()).isEqualTo("C");
        assertThat(c.get("opinion").asString()).isEqualTo("Kualitas Sedang");
        assertThat(c.get("zone").asString()).isEqualTo("KUNING");
        assertThat(body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=88.00"), 200).get("category").asString()).isEqualTo("A");
        assertThat(body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=87.99"), 200).get("category").asString()).isEqualTo("B");
        assertThat(body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=78"), 200).get("zone").asString()).isEqualTo("HIJAU");
        assertThat(body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=31.99"), 200).get("opinion").asString()).isEqualTo("Kualitas Terendah");
        JsonNode legacy = body(admin.get("/api/v1/methodologies/ombudsman-legacy/grade?score=81"), 200);
        assertThat(legacy.get("zone").asString()).isEqualTo("HIJAU");
        assertThat(legacy.get("category").isNull()).isTrue();
        assertThat(legacy.get("opinion").isNull()).isTrue();
        assertThat(body(admin.get("/api/v1/methodologies/ombudsman-legacy/grade?score=80.99"), 200).get("zone").asString()).isEqualTo("KUNING");
    }

    @Test
    void aScoreOutsideTheScaleOrTooPreciseIsA400WithTheReason() {
        assertThat(body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=100.01"), 400).get("detail").asString()).contains("0–100");
        assertThat(body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=-1"), 400).get("detail").asString()).contains("0–100");
        assertThat(body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=55.091"), 400).get("detail").asString()).contains("2 angka desimal");
        body(admin.get("/api/v1/methodologies/ombudsman-2022/grade?score=abc"), 400);
        body(admin.get("/api/v1/methodologies/ombudsman-2022/grade"), 400);
        body(admin.get("/api/v1/methodologies/no-such-version/grade?score=50"), 404);
        body(admin.get("/api/v1/methodologies/no-such-version"), 404);
    }

    @Test
    void onlyHeadquartersReadsAndWritesMethodologies() {
        body(HttpCalls.anonymous(port).get("/api/v1/methodologies"), 401);
        body(HttpCalls.anonymous(port).as("kepala.banten").get("/api/v1/methodologies"), 403);
    }

    @Test
    void anInvalidFileIsRejectedWholeWithEveryErrorAndItsPath() throws IOException {
        String yaml = shipped("ombudsman-2022")
                .replaceFirst("(?m)^id: ombudsman-2022$", "id: broken-2022")
                .replaceFirst("weight: 21.85", "weight: 20.85")
                .replaceFirst("lowerBound: 78.00", "lowerBound: 79.00\n    extra: 1");
        HttpResponse<String> response = postYaml(yaml);
        JsonNode problem = body(response, 400);
        List<String> paths = new ArrayList<>();
        problem.get("errors").forEach(e -> paths.add(e.get("path").asString()));
        assertThat(paths).anySatisfy(p -> assertThat(p).startsWith("dimensions"));
        assertThat(problem.get("errors").size()).isGreaterThanOrEqualTo(2);
        assertThat(methodologies.find("broken-2022")).isEmpty();
    }

    @Test
    void anAdminUploadsClonesAndRevisesAVersionButShippedAndLockedOnesStayAsTheyAre() throws IOException {
        String yaml = shipped("ombudsman-2022").replaceFirst("(?m)^id: ombudsman-2022$", "id: uji-2022-upload");
        JsonNode uploaded = body(postYaml(yaml), 201);
        assertThat(uploaded.get("origin").asString()).isEqualTo("UPLOADED");
        body(postYaml(yaml), 409);

        JsonNode clone = body(admin.post("/api/v1/methodologies/uji-2022-upload/clone", "{\"id\":\"uji-2022-clone\"}"), 201);
        assertThat(clone.get("derivedFrom").asString()).isEqualTo("uji-2022-upload");
        String revised = yaml.replaceFirst("(?m)^id: uji-2022-upload$", "id: uji-2022-clone").replace("status: RETIRED", "status: ACTIVE");
        assertThat(body(putYaml("uji-2022-clone", revised), 200).get("status").asString()).isEqualTo("ACTIVE");
        body(putYaml("uji-2022-clone", revised.replace("id: uji-2022-clone", "id: other-id")), 400);

        body(putYaml("ombudsman-2022", shipped("ombudsman-2022")), 409);
        methodologies.lock("uji-2022-clone", "Keputusan Ketua Ombudsman RI (uji)");
        assertThat(body(putYaml("uji-2022-clone", revised), 409).get("detail").asString()).contains("terkunci");
    }

    @Test
    void aVersionIsFrozenOnceACycleUsesIt() throws IOException {
        body(admin.post("/api/v1/methodologies/ombudsman-2025/clone", "{\"id\":\"uji-2025-beku\"}"), 201);
        String yaml = shipped("ombudsman-2025").replaceFirst("(?m)^id: ombudsman-2025$", "id: uji-2025-beku");
        body(putYaml("uji-2025-beku", yaml.replace("status: PROVISIONAL", "status: ACTIVE")), 200);
        body(admin.post("/api/v1/cycles", "{\"year\":2027,\"methodologyId\":\"uji-2025-beku\"}"), 201);
        JsonNode refused = body(putYaml("uji-2025-beku", yaml), 409);
        assertThat(refused.get("detail").asString()).contains("cycle 2027");
        assertThat(find(body(admin.get("/api/v1/methodologies"), 200), "uji-2025-beku").get("locked").asBoolean()).isTrue();
    }

    @Test
    void aVersionThatCouldNeverScoreSomeUnitsIsRefused() throws IOException {
        String yaml = shipped("ombudsman-2022").replaceFirst("(?m)^id: ombudsman-2022$", "id: uji-rounding")
                .replace("mode: HALF_UP", "mode: HALF_EVEN");
        assertThat(body(postYaml(yaml), 400).get("detail").asString()).contains("HALF_UP");
        assertThat(methodologies.find("uji-rounding")).isEmpty();
    }

    private String shipped(String id) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("methodologies/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> postYaml(String yaml) {
        return sendYaml("POST", "/api/v1/methodologies", yaml);
    }

    private HttpResponse<String> putYaml(String id, String yaml) {
        return sendYaml("PUT", "/api/v1/methodologies/" + id, yaml);
    }

    private HttpResponse<String> sendYaml(String method, String path, String yaml) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin.demo:" + HttpCalls.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/yaml")
                    .method(method, HttpRequest.BodyPublishers.ofString(yaml)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (id.equals(node.get("id").asString())) {
                return node;
            }
        }
        throw new AssertionError("No " + id + " in " + array);
    }
}
