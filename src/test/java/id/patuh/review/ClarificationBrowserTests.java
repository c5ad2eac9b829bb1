package id.patuh.review;

import id.patuh.support.AnswerSheets;
import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, Pandeglang's coordinator files a clarification with counter-evidence on a finding of its verified
 * DUKCAPIL unit (2046, this class's own year), the head of the Banten office first forgets the reason for a rejection
 * and then accepts it, and the coordinator sees the decision and the new score.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClarificationBrowserTests extends BrowserTests {

    static final String API = "/api/v1/cycles/2046/entities/36.01";
    static final String PAGE = "/workspace/cycles/2046/entities/36.01/clarifications";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    HttpCalls admin;

    @BeforeEach
    void actAsHq() {
        admin = HttpCalls.anonymous(port).as("admin.demo");
    }

    @AfterEach
    void clearPhases() {
        if (admin != null) {
            admin.put("/api/v1/cycles/2046/phases", "{\"phases\":[]}");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theCoordinatorFilesAClarificationAndTheOfficeHeadAcceptsIt() throws Exception {
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2046,\"methodologyId\":\"ombudsman-2025\"}").statusCode())
                .isIn(201, 409);
        assertThat(admin.put(API + "/units/DUKCAPIL/answers", "{\"answers\":[" + AnswerSheets.fullMarks(admin,
                "ombudsman-2025", "IN.KP.01") + ",{\"indicator\":\"IN.KP.01\",\"respondent\":1,\"level\":1}]}")
                .statusCode()).isEqualTo(200);
        assertThat(HttpCalls.anonymous(port).as("asisten.banten").post(API + "/units/DUKCAPIL/submit", "").statusCode())
                .isEqualTo(200);
        assertThat(HttpCalls.anonymous(port).as("kepala.banten").post(API + "/units/DUKCAPIL/verify", "").statusCode())
                .isEqualTo(200);
        LocalDate today = LocalDate.now(clock);
        assertThat(admin.put("/api/v1/cycles/2046/phases", "{\"phases\":[{\"phase\":\"CLARIFICATION\",\"startsOn\":\""
                + today.minusDays(1) + "\",\"endsOn\":\"" + today.plusDays(5) + "\"}]}").statusCode()).isEqualTo(200);

        // The coordinator reaches the page from the navigation and files on the one finding, with a PDF.
        Browser.logIn(browser, url(""), "koordinator.pandeglang");
        browser.findElement(By.linkText("Klarifikasi")).click();
        browser.findElement(By.cssSelector("a[href='" + PAGE + "']")).click();
        WebElement finding = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("finding-DUKCAPIL-IN.KP.01--1")));
        assertThat(finding.getText()).contains("IN.KP.01", "Jawaban 1 dari 3");
        finding.findElement(By.tagName("summary")).click();
        finding.findElement(By.name("statement")).sendKeys("Petugas telah mengikuti bimbingan teknis standar pelayanan; "
                + "daftar hadir terlampir.");
        Path pdf = Files.createTempFile("daftar-hadir", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% daftar hadir bimtek\n");
        finding.findElement(By.name("file")).sendKeys(pdf.toAbsolutePath().toString());
        finding.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Klarifikasi terkirim"));
        WebElement filed = browser.findElement(By.cssSelector("article.clarification"));
        assertThat(filed.getText()).contains("menunggu keputusan", "daftar-hadir", "Petugas telah mengikuti bimbingan teknis");
        String id = filed.getAttribute("id").substring("clarification-".length());
        Browser.screenshot(browser, "clarification-filed");
        Browser.phoneWidth(browser);
        browser.get(url(PAGE + "#clarification-" + id));
        Browser.screenshot(browser, "clarification-filed-390");
        Browser.desktopWidth(browser);

        // The office head's queue: a rejection without a reason is refused beside the field, then the head accepts.
        Browser.logIn(browser, url(""), "kepala.banten");
        browser.get(url("/workspace/cycles/2046/clarifications"));
        WebElement card = browser.findElement(By.id("clarification-" + id));
        assertThat(card.getText()).contains("Pemerintah Kabupaten Pandeglang", "IN.KP.01 #1", "daftar-hadir");
        card.findElement(By.id("reject-" + id)).click();
        card.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#clarification-" + id + " .field.invalid .field-error")));
        assertThat(error.getText()).contains("memerlukan alasan");
        assertThat(browser.findElement(By.id("reject-" + id)).isSelected()).as("the choice is kept").isTrue();
        Browser.screenshot(browser, "clarification-decide-refused");
        Browser.phoneWidth(browser);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", error);
        Browser.screenshot(browser, "clarification-decide-refused-390");
        Browser.desktopWidth(browser);
        card = browser.findElement(By.id("clarification-" + id));
        card.findElement(By.id("accept-" + id)).click();
        new Select(card.findElement(By.id("level-" + id))).selectByValue("3");
        card.findElement(By.id("reason-" + id)).sendKeys("Daftar hadir bimtek sah.");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Klarifikasi diterima"));
        assertThat(browser.findElements(By.id("clarification-" + id))).isEmpty();

        // The entity sees the decision in its log and the unit's new score.
        Browser.logIn(browser, url(""), "koordinator.pandeglang");
        browser.get(url(PAGE));
        WebElement decided = browser.findElement(By.id("clarification-" + id));
        assertThat(decided.getText()).contains("diterima", "kepala.banten", "dari 1 menjadi 3", "Daftar hadir bimtek sah.");
        assertThat(browser.findElement(By.cssSelector(".clarify-unit")).getText()).contains("100.00", "Tidak ada temuan");
        Browser.screenshot(browser, "clarification-decided");
        Browser.phoneWidth(browser);
        browser.get(url(PAGE + "#clarification-" + id));
        Browser.screenshot(browser, "clarification-decided-390");
    }
}
