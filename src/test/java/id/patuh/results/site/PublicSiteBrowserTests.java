package id.patuh.results.site;

import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor without an account reads the rankings, an entity's profile with its charts and the province map in a real
 * browser, on a desktop and a phone. Years 2086–2087 belong to this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteBrowserTests extends BrowserTests {

    @LocalServerPort
    int port;

    private void ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    @BeforeAll
    void publishTwoCycles() {
        HttpCalls admin = HttpCalls.anonymous(port).as("admin.demo");
        String[][] years = {
                {"2086", "36.01 DUKCAPIL 70.00", "36.01 DINSOS 74.00", "36.02 DUKCAPIL 88.00", "33.10 DUKCAPIL 60.00"},
                {"2087", "36.01 DUKCAPIL 92.00", "36.01 DINSOS 90.00", "36.02 DUKCAPIL 85.00", "33.10 DUKCAPIL 45.00"}};
        for (String[] year : years) {
            ok(admin.post("/api/v1/cycles", "{\"year\":" + year[0] + ",\"methodologyId\":\"ombudsman-2025\"}"), 201);
            for (int i = 1; i < year.length; i++) {
                String[] s = year[i].split(" ");
                ok(admin.put("/api/v1/cycles/" + year[0] + "/entities/" + s[0] + "/units/" + s[1] + "/score",
                        "{\"score\":" + s[2] + "}"), 200);
            }
            ok(admin.post("/api/v1/cycles/" + year[0] + "/determination", "{\"decreeNumber\":\"" + year[0]
                    + "/B\",\"decreeDate\":\"2086-12-01\",\"publishAt\":\"2020-01-01T00:00:00+07:00\"}"), 201);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aVisitorFiltersTheRankingsByProvinceAndSeesZonesAndRankChanges() {
        browser.get(url("/hasil/2087"));
        new Select(browser.findElement(By.id("f-province"))).selectByValue("36");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("province=36"));
        var rows = browser.findElements(By.cssSelector("table.ranking tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Pandeglang", "91.00");
        assertThat(rows.get(0).findElement(By.cssSelector(".change.up")).getText()).contains("▲ 1");
        assertThat(rows.get(0).findElement(By.cssSelector(".zone")).getText()).isEqualTo("Hijau");
        Browser.screenshot(browser, "public-rankings-desktop");
        Browser.phoneWidth(browser);
        browser.navigate().refresh();
        Browser.screenshot(browser, "public-rankings-phone");

        browser.get(url("/hasil/2087?type=DESA"));
        assertThat(browser.findElement(By.cssSelector("main .alert")).getText()).contains("type=DESA");
    }

    @Test
    void aVisitorReadsAnEntityProfileWithItsChartsInEnglish() {
        browser.get(url("/hasil/2087/entitas/36.01?lang=en"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-chart=trendChart]"), "data-ready", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-chart=dimensionChart]"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("[data-chart=trendChart] svg"))).isNotEmpty();
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).contains("What changed since last year", "Score 2086: 72.00 → now 91.00 (+19.00).",
                "DUKCAPIL", "DINSOS");
        Browser.screenshot(browser, "public-profile-desktop");
        Browser.phoneWidth(browser);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-chart=trendChart]"), "data-ready", "true"));
        Browser.screenshot(browser, "public-profile-phone");
    }

    @Test
    void aVisitorSeesTheProvinceMapColouredByZoneAndOpensAProvince() {
        browser.get(url("/peta/2087?by=daerah"));
        wait.until(ExpectedConditions.attributeToBe(By.id("province-map"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("#province-map svg path")).size()).as("one shape per province").isGreaterThanOrEqualTo(38);
        String html = browser.findElement(By.id("province-map")).getAttribute("innerHTML");
        assertThat(html).as("Jawa Tengah's regencies average 45.00: red").containsIgnoringCase("#b3261e");
        Browser.screenshot(browser, "public-map-desktop");
        Browser.phoneWidth(browser);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("province-map"), "data-ready", "true"));
        Browser.screenshot(browser, "public-map-phone");
        browser.findElement(By.cssSelector("tr[data-province='36'] a")).click();
        wait.until(ExpectedConditions.urlContains("/hasil/2087/provinsi/36"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Banten");
    }
}
