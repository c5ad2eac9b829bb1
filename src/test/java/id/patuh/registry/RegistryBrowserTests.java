package id.patuh.registry;

import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A person in a real browser: logs in, searches the registry live, opens an entity, manages an API token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryBrowserTests extends BrowserTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username) {
        Browser.logIn(browser, url(""), username);
    }

    @Test
    void anAdminLogsInAndSearchesTheRegistry() {
        browser.get(url("/login"));
        Browser.screenshot(browser, "login");
        logIn("admin.demo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Admin Pusat (demo)");
        assertThat(browser.findElement(By.cssSelector(".demo-banner")).getText()).contains("DEMO");
        Browser.screenshot(browser, "workspace-admin");

        browser.get(url("/entities"));
        browser.findElement(By.id("q")).sendKeys("Pandeglang");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#results .count"), "1 penyelenggara"));
        assertThat(browser.getCurrentUrl()).contains("q=Pandeglang");
        Browser.screenshot(browser, "entities-search");

        browser.findElement(By.linkText("Pemerintah Kabupaten Pandeglang")).click();
        wait.until(ExpectedConditions.titleIs("Pemerintah Kabupaten Pandeglang"));
        assertThat(browser.findElement(By.cssSelector(".units")).getText()).contains("Dinas Kependudukan dan Pencatatan Sipil");
        assertThat(browser.findElements(By.linkText("Ubah unit layanan"))).isNotEmpty();
        Browser.screenshot(browser, "entity-admin");
        Browser.phoneWidth(browser);
        Browser.screenshot(browser, "entity-phone");
    }

    @Test
    void theSearchFormWorksAsAPlainFormToo() {
        browser.get(url("/entities?type=PEMKOT&province=33"));
        assertThat(browser.findElement(By.cssSelector("#results .count")).getText()).isEqualTo("6 penyelenggara");
        Browser.phoneWidth(browser);
        Browser.screenshot(browser, "entities-phone");
    }

    @Test
    void anAssessorCreatesAndRevokesAnApiToken() {
        logIn("asisten.banten");
        Browser.screenshot(browser, "workspace-assessor");
        browser.get(url("/workspace/tokens"));
        browser.findElement(By.id("name")).sendKeys("skrip uji");
        browser.findElement(By.cssSelector("form.inline-form button[type=submit]")).click();
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-secret"))).getText();
        assertThat(secret).startsWith("patuh_");
        Browser.screenshot(browser, "tokens");

        assertThat(jdbc.sql("select count(*) from spring_session_attributes where position(convert_to(?, 'UTF8') in attribute_bytes) > 0")
                .param(secret).query(Integer.class).single()).as("the secret is stored nowhere").isZero();
        browser.get(url("/workspace/tokens"));
        assertThat(browser.findElements(By.id("issued-secret"))).as("coming back does not show it again").isEmpty();

        HttpCalls api = HttpCalls.anonymous(port).bearer(secret);
        assertThat(api.get("/api/v1/me").body()).contains("asisten.banten");

        browser.findElement(By.cssSelector("table.data button.danger")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.data"), "dicabut"));
        assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aVisitorSwitchesToEnglish() {
        browser.get(url("/"));
        browser.findElement(By.linkText("EN")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Public-service compliance assessment"));
        browser.get(url("/provinces"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Provinces");
        Browser.screenshot(browser, "provinces-en");
    }
}
