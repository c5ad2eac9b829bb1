package id.patuh.improvement;

import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Klaten's coordinator runs a self-assessment round in a real browser — opens it from the dashboard, answers items and
 * watches the predicted score move — then reads the OPD dashboard and meets the plan form's field messages.
 * Screenshots at desktop and phone width go to target/screenshots. Uses 33.10's rounds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfAssessmentBrowserTests extends BrowserTests {

    @LocalServerPort
    int port;

    @BeforeEach
    void waitThroughPageSwaps() {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCoordinatorAnswersItemsSeesThePredictionMoveAndReadsTheDashboard() {
        HttpCalls klaten = HttpCalls.anonymous(port).as("koordinator.klaten");
        for (JsonNode round : HttpCalls.JSON.readTree(klaten.get("/api/v1/improvement/entities/33.10/self-assessments").body())) {
            if (round.get("closedAt").isNull()) {
                klaten.post("/api/v1/improvement/entities/33.10/self-assessments/" + round.get("id").asLong() + "/close", "");
            }
        }

        Browser.logIn(browser, url(""), "koordinator.klaten");
        browser.get(url("/workspace/improvement"));
        wait.until(ExpectedConditions.urlToBe(url("/workspace/improvement/33.10")));
        browser.findElement(By.xpath("//button[normalize-space()='Buka putaran baru']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Putaran penilaian mandiri dibuka"));
        browser.findElement(By.linkText("Dinas Kependudukan dan Pencatatan Sipil")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prediction")));
        assertThat(score()).isEqualTo("0.00");

        List<WebElement> selects = browser.findElements(By.cssSelector("form.cell select"));
        assertThat(selects.size()).isGreaterThan(10);
        answerTop(0);
        wait.until(d -> !score().equals("0.00"));
        String afterOne = score();
        answerTop(1);
        wait.until(d -> !score().equals(afterOne));
        assertThat(new java.math.BigDecimal(score())).isGreaterThan(new java.math.BigDecimal(afterOne));
        assertThat(browser.findElement(By.id("prediction")).getText()).contains("2 dari").contains("Kekurangan");
        Browser.screenshot(browser, "self-assessment-unit");
        Browser.phoneWidth(browser);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prediction")));
        assertThat(score()).isEqualTo(score());
        Browser.screenshot(browser, "self-assessment-unit-390");
        Browser.desktopWidth(browser);

        browser.get(url("/workspace/improvement/33.10"));
        WebElement row = browser.findElement(By.xpath("//tr[.//span[@class='code' and text()='DUKCAPIL']]"));
        assertThat(row.getText()).contains(scoreFromDashboard(row));
        assertThat(browser.findElement(By.cssSelector(".overdue-notice")).getText()).contains("unit belum menilai diri");
        Browser.screenshot(browser, "self-assessment-dashboard");
        Browser.phoneWidth(browser);
        browser.navigate().refresh();
        Browser.screenshot(browser, "self-assessment-dashboard-390");
        Browser.desktopWidth(browser);

        browser.get(url("/workspace/improvement/33.10/plan"));
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("DUKCAPIL");
        browser.findElement(By.id("description")).sendKeys("Perbarui maklumat pelayanan");
        browser.findElement(By.xpath("//button[normalize-space()='Tambah aksi']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("owner-error")));
        assertThat(browser.findElement(By.id("owner-error")).getText()).isEqualTo("Wajib diisi.");
        assertThat(browser.findElement(By.id("due-error")).getText()).isEqualTo("Wajib diisi.");
        assertThat(browser.findElement(By.id("description")).getAttribute("value")).isEqualTo("Perbarui maklumat pelayanan");
        Browser.screenshot(browser, "self-assessment-plan-errors");
        browser.findElement(By.id("owner")).sendKeys("Kasi Pelayanan");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('dueDate').value = '2027-03-31'");
        browser.findElement(By.xpath("//button[normalize-space()='Tambah aksi']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Aksi perbaikan ditambahkan"));
        assertThat(browser.findElement(By.cssSelector(".actions")).getText()).contains("Perbarui maklumat pelayanan", "Kasi Pelayanan");
        Browser.phoneWidth(browser);
        Browser.screenshot(browser, "self-assessment-plan-390");
    }

    private void answerTop(int index) {
        WebElement select = browser.findElements(By.cssSelector("form.cell select")).get(index);
        Select levels = new Select(select);
        levels.selectByIndex(levels.getOptions().size() - 1);
    }

    private String score() {
        return browser.findElement(By.cssSelector("#prediction .big-score")).getText().strip();
    }

    private static String scoreFromDashboard(WebElement row) {
        return row.findElement(By.cssSelector("td.num strong")).getText();
    }
}
