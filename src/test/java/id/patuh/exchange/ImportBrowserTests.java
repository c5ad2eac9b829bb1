package id.patuh.exchange;

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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser on a phone-sized screen, the Banten office head uploads unit scores on "Impor data" of cycle 2090:
 * a file with mistakes comes back with each error by row and column and saves nothing; the corrected file is imported
 * and listed as completed. Kabupaten Serang (36.04).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBrowserTests extends BrowserTests {

    @LocalServerPort
    int port;

    @BeforeEach
    void openCycle2090() {
        HttpCalls.anonymous(port).as("admin.demo").post("/api/v1/cycles", "{\"year\":2090,\"methodologyId\":\"ombudsman-2025\"}");
    }

    @Test
    void anOfficeHeadSeesEveryMistakeOfAFileThenImportsTheCorrectedOne() throws IOException {
        Browser.logIn(browser, "http://localhost:" + port, "kepala.banten");
        Browser.phoneWidth(browser);
        browser.get("http://localhost:" + port + "/workspace/cycles/2090/imports?lang=en");

        Path wrong = Files.createTempFile("serang-wrong", ".csv");
        Files.writeString(wrong, """
                entity_code;unit_code;unit_name;unit_kind;score
                36.04;IMP-WEB;Mal Pelayanan Publik;OTHER;101
                32.01;IMP-WEB;Bogor;OTHER;70
                """);
        upload(wrong);
        WebElement outcome = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main section.card")));
        assertThat(outcome.getText()).contains("rejected, nothing saved");
        List<String> errors = browser.findElements(By.cssSelector("main section.card tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("2").contains("score").contains("101 is outside 0–100.");
        assertThat(errors.get(1)).contains("3").contains("entity_code").contains("outside the provinces of your office");
        Browser.screenshot(browser, "import-rejected-phone");

        Path right = Files.createTempFile("serang-right", ".csv");
        Files.writeString(right, """
                entity_code;unit_code;unit_name;unit_kind;score
                36.04;IMP-WEB;Mal Pelayanan Publik;OTHER;90,5
                """);
        upload(right);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main section.card"), "completed"));
        assertThat(browser.findElement(By.id("import-jobs")).getText()).contains("completed").contains("rejected");
        assertThat(HttpCalls.anonymous(port).as("admin.demo").get("/api/v1/cycles/2090/results/36.04").body())
                .contains("\"score\":90.50");
        Files.deleteIfExists(wrong);
        Files.deleteIfExists(right);
    }

    private void upload(Path file) {
        new Select(browser.findElement(By.id("kind"))).selectByValue("unit-scores");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("shown="));
    }
}
