package id.patuh.identity;

import id.patuh.identity.internal.Accounts;
import id.patuh.identity.internal.ApiTokens;
import id.patuh.identity.internal.IssuedApiToken;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityIntegrationTests {

    @LocalServerPort
    int port;

    ObjectMapper json = id.patuh.support.HttpCalls.JSON;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    private PatuhUser user(String username) {
        return ((CurrentUser.PatuhUserHolder) users.loadUserByUsername(username)).user();
    }

    @Test
    void passwordsAreStoredAsArgon2HashesNeverInClear() {
        List<String> hashes = jdbc.sql("select password_hash from users").query(String.class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("{argon2}$argon2id$"));
        assertThat(hashes).noneMatch(hash -> hash.contains(HttpCalls.DEMO_PASSWORD));
    }

    @Test
    void theApiTellsCallersTheirRoleAndScope() {
        JsonNode assessor = body(HttpCalls.anonymous(port).as("asisten.banten").get("/api/v1/me"), 200);
        assertThat(assessor.get("role").asString()).isEqualTo("ASSESSOR");
        assertThat(assessor.get("officeCode").asString()).isEqualTo("PWK-36");
        assertThat(assessor.get("provinceCodes").toString()).isEqualTo("[\"36\"]");
        JsonNode operator = body(HttpCalls.anonymous(port).as("operator.pandeglang").get("/api/v1/me"), 200);
        assertThat(operator.get("entityCode").asString()).isEqualTo("36.01");
        assertThat(operator.get("unitCode").asString()).isEqualTo("DUKCAPIL");
        body(HttpCalls.anonymous(port).get("/api/v1/me"), 401);
    }

    @Test
    void anApiTokenActsForItsOwnerUntilRevoked() {
        PatuhUser admin = user("admin.demo");
        IssuedApiToken issued = tokens.issue(admin, "integration test");
        assertThat(issued.secret()).startsWith("patuh_").hasSizeGreaterThan(40);
        HttpCalls withToken = HttpCalls.anonymous(port).bearer(issued.secret());
        assertThat(body(withToken.get("/api/v1/me"), 200).get("username").asString()).isEqualTo("admin.demo");
        body(withToken.put("/api/v1/entities/36.03/units/TOKEN-UNIT", "{\"name\":\"Unit via token\",\"kind\":\"OTHER\"}"), 201);
        String storedHash = jdbc.sql("select token_hash from api_tokens where id = ?").param(issued.token().id())
                .query(String.class).single();
        assertThat(storedHash).hasSize(64).doesNotContain(issued.secret());

        tokens.revoke(admin, issued.token().id());
        body(withToken.get("/api/v1/me"), 401);
    }

    @Test
    void nobodyRevokesAnotherUsersToken() {
        IssuedApiToken issued = tokens.issue(user("kepala.banten"), "head's token");
        PatuhUser other = user("asisten.banten");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(other, issued.token().id()))
                .hasMessageContaining("identity.token.notFound");
        body(HttpCalls.anonymous(port).bearer(issued.secret()).get("/api/v1/me"), 200);
    }

    @Test
    void aWrongPasswordIs401() {
        body(HttpCalls.anonymous(port).basic("admin.demo", "not-the-password").get("/api/v1/me"), 401);
        body(HttpCalls.anonymous(port).basic("nobody", "whatever-password").get("/api/v1/me"), 401);
    }

    @Test
    void aDisabledAccountCanNoLongerSignInOrUseItsTokens() {
        PatuhUser admin = user("admin.demo");
        var opened = accounts.open(admin, new id.patuh.identity.internal.NewAccount("sementara.banten", "Sementara",
                "password-sementara", Role.ASSESSOR, "PWK-36", null, null));
        IssuedApiToken token = tokens.issue(user("sementara.banten"), "short-lived");
        body(HttpCalls.anonymous(port).basic("sementara.banten", "password-sementara").get("/api/v1/me"), 200);
        accounts.disable(admin, opened.id());
        body(HttpCalls.anonymous(port).basic("sementara.banten", "password-sementara").get("/api/v1/me"), 401);
        body(HttpCalls.anonymous(port).bearer(token.secret()).get("/api/v1/me"), 401);
    }

    @Test
    void disablingAnAccountEndsItsBrowserSessionAtOnce() throws Exception {
        PatuhUser admin = user("admin.demo");
        var opened = accounts.open(admin, new id.patuh.identity.internal.NewAccount("sesi.banten", "Sesi",
                "password-sesi-banten", Role.ASSESSOR, "PWK-36", null, null));
        var browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=sesi.banten&password=password-sesi-banten&_csrf=" + csrf.group(1);
        var signedIn = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/workspace"));
        var workspace = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/workspace")).build();
        assertThat(browser.send(workspace, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        accounts.disable(admin, opened.id());
        var after = browser.send(workspace, HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private JsonNode body(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }
}
