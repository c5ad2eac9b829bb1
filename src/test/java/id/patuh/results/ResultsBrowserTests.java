package id.patuh.results;

import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** HQ in a real browser: reads a methodology as a tree, opens a cycle, records unit scores, reads the results. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultsBrowserTests extends BrowserTests {

    @LocalServerPort
    int port;

    @BeforeEach
    void signInAsHq() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin.demo");
        browser.findElement(By.id("password")).sendKeys(HttpCalls.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/workspace")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void headquartersReadsAMethodologyAsATree() {
        browser.get(url("/workspace/methodologies"));
        Browser.screenshot(browser, "methodologies");
        browser.findElement(By.linkText("ombudsman-2022")).click();
        wait.until(ExpectedConditions.titleIs("ombudsman-2022"));
        browser.findElement(By.cssSelector(".indicators details summary")).click();
        Browser.screenshot(browser, "methodology-tree");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Bobot 21,85", "Kualitas Tertinggi", "12,22% dari dimensi");
    }

    @Test
    void headquartersRecordsUnitScoresAndReadsTheResults() {
        browser.get(url("/workspace/cycles"));
        browser.findElement(By.id("year")).sendKeys("2019");
        new Select(browser.findElement(By.id("methodologyId"))).selectByValue("ombudsman-2022");
        browser.findElement(By.cssSelector("form.inline-form button[type=submit]")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert"))).getText()).contains("berlaku untuk 2022–2024, tidak untuk tahun 2019");
        Browser.screenshot(browser, "cycle-refused");

        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2021");
        new Select(browser.findElement(By.id("methodologyId"))).selectByValue("ombudsman-legacy");
        browser.findElement(By.cssSelector("form.inline-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/workspace/cycles/2021")));

        HttpCalls admin = HttpCalls.anonymous(port).as("admin.demo");
        admin.post("/api/v1/cycles", "{\"year\":2025,\"methodologyId\":\"ombudsman-2025\"}");
        browser.get(url("/workspace/cycles/2025/entities/33.10"));
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("DUKCAPIL");
        browser.findElement(By.id("score")).sendKeys("91,5");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Nilai unit dicatat"));
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("DINSOS");
        browser.findElement(By.id("score")).sendKeys("74.20");
        browser.findElement(By.id("dim-INPUT")).sendKeys("99");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert"))).getText()).contains("INPUT");
        browser.findElement(By.id("dim-INPUT")).clear();
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Nilai unit dicatat"));
        assertThat(browser.findElement(By.cssSelector(".result-facts")).getText()).contains("82.85");
        Browser.screenshot(browser, "entity-result");
        Browser.phoneWidth(browser);
        Browser.screenshot(browser, "entity-result-phone");
        Browser.desktopWidth(browser);

        browser.get(url("/workspace/cycles/2025?province=33"));
        assertThat(browser.findElement(By.cssSelector("table.results")).getText()).contains("Pemerintah Kabupaten Klaten", "82.85");
        Browser.screenshot(browser, "results-sheet");
    }
}
