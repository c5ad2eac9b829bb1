package id.patuh.review;

import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.AnswerSheets;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An assessor captures in a real browser (autosave, a conflict with someone else's save, submit) and the head of office
 * returns the unit with a reason and then verifies it. Uses Kabupaten Boyolali (33.09) in 2024.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaptureBrowserTests extends BrowserTests {

    static final String PAGE = "/workspace/cycles/2024/entities/33.09/units/DUKCAPIL/capture";

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username) {
        Browser.logIn(browser, url(""), username);
    }

    private WebElement cell(String indicator, String respondent) {
        return browser.findElement(By.id("a-" + indicator + "-null-" + respondent));
    }

    @Test
    void anAssessorCapturesSubmitsAndTheHeadOfOfficeReturnsThenVerifies() throws java.io.IOException {
        HttpCalls admin = HttpCalls.anonymous(port).as("admin.demo");
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2024,\"methodologyId\":\"ombudsman-2022\"}").statusCode()).isIn(201, 409);
        assertThat(admin.put("/api/v1/cycles/2024/entities/33.09/units/DUKCAPIL/answers",
                "{\"answers\":[" + AnswerSheets.fullMarks(admin, "ombudsman-2022", "IN.KP.01") + "]}").statusCode()).isEqualTo(200);

        logIn("asisten.jateng");
        browser.get(url(PAGE));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-score"), "1 jawaban belum ada"));
        new Select(cell("IN.KP.01", "1")).selectByValue("3");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#live-score .big-score"), "100.00"));
        Browser.screenshot(browser, "capture");

        // Someone else saves respondent 2 first; this page still believes it is empty.
        assertThat(admin.put("/api/v1/cycles/2024/entities/33.09/units/DUKCAPIL/answers/IN.KP.01/2", "{\"level\":1,\"version\":0}")
                .statusCode()).isEqualTo(200);
        new Select(cell("IN.KP.01", "2")).selectByValue("2");
        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cell-state.conflict")));
        assertThat(conflict.getText()).contains("admin.demo").contains("2");
        assertThat(new Select(cell("IN.KP.01", "2")).getFirstSelectedOption().getAttribute("value")).isEqualTo("1");
        Browser.screenshot(browser, "capture-conflict");
        new Select(cell("IN.KP.01", "2")).selectByValue("3");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#live-score .big-score"), "100.00"));

        // A note on an answer autosaves with it.
        browser.findElement(By.cssSelector("#a-IN\\.KP\\.01-null-1 ~ details summary")).click();
        WebElement note = browser.findElement(By.id("n-IN.KP.01-null-1"));
        note.sendKeys("SOP terpasang di loket");
        note.sendKeys(org.openqa.selenium.Keys.TAB);
        wait.until(driver -> HttpCalls.JSON.readTree(admin.get("/api/v1/cycles/2024/entities/33.09/units/DUKCAPIL/answers").body())
                .toString().contains("SOP terpasang di loket"));

        // Offline: the answer waits in the device's outbox and is sent once the connection is back.
        org.openqa.selenium.chromium.ChromiumNetworkConditions offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        new Select(cell("IN.KP.02", "3")).selectByValue("2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cell-state.queued"), "menunggu koneksi"));
        assertThat(outbox()).isEqualTo(1L);
        Browser.screenshot(browser, "capture-offline");
        browser.deleteNetworkConditions();
        // The page flushes on the browser's "online" event; nudging it as well keeps the test from racing that event.
        wait.until(driver -> {
            browser.executeAsyncScript("window.patuhOutbox.flush().then(arguments[0]);");
            return outbox() == 0;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#offline-banner"), ""));
        JsonNode stored = HttpCalls.JSON.readTree(admin.get("/api/v1/cycles/2024/entities/33.09/units/DUKCAPIL/answers").body());
        boolean found = false;
        for (JsonNode answer : stored) {
            found |= "IN.KP.02".equals(answer.get("indicator").asString()) && answer.get("respondent").asInt() == 3
                    && answer.get("level").asInt() == 2;
        }
        assertThat(found).as("the queued answer reached the server").isTrue();

        // Evidence: a real photo is kept; a text file dressed up as a photo is refused and nothing is stored.
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("papan-maklumat", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", photo.toFile());
        browser.findElement(By.id("evidence-file")).sendKeys(photo.toAbsolutePath().toString());
        new Select(browser.findElement(By.id("evidence-indicator"))).selectByValue("IN.KP.01");
        browser.findElement(By.xpath("//button[contains(., 'Unggah bukti')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Bukti disimpan"));
        assertThat(browser.findElements(By.cssSelector(".evidence-list li"))).hasSize(1);
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("foto", ".jpg");
        java.nio.file.Files.writeString(fake, "ini bukan foto");
        browser.findElement(By.id("evidence-file")).sendKeys(fake.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[contains(., 'Unggah bukti')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert")));
        assertThat(browser.findElements(By.cssSelector(".evidence-list li"))).hasSize(1);
        Browser.screenshot(browser, "capture-evidence-refused");

        browser.findElement(By.xpath("//button[contains(., 'Ajukan untuk verifikasi')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "diajukan"));
        assertThat(cell("IN.KP.01", "1").isEnabled()).isFalse();
        Browser.phoneWidth(browser);
        Browser.screenshot(browser, "capture-phone");
        Browser.desktopWidth(browser);

        logIn("kepala.jateng");
        browser.get(url(PAGE));
        new Select(browser.findElement(By.id("item-1"))).selectByValue("IN.KP.01");
        browser.findElement(By.id("reason-1")).sendKeys("Jawaban responden 2 tidak sesuai catatan");
        browser.findElement(By.xpath("//button[contains(., 'Kembalikan')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "dikembalikan"));
        Browser.screenshot(browser, "review-returned");

        logIn("asisten.jateng");
        browser.get(url(PAGE));
        assertThat(browser.findElement(By.cssSelector(".alert.returned")).getText()).contains("Jawaban responden 2 tidak sesuai catatan");
        assertThat(browser.findElements(By.cssSelector("tr.returned-item"))).hasSize(1);
        new Select(cell("IN.KP.01", "2")).selectByValue("1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cell-state")));
        browser.findElement(By.xpath("//button[contains(., 'Ajukan untuk verifikasi')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "diajukan"));

        logIn("kepala.jateng");
        browser.get(url(PAGE));
        browser.findElement(By.xpath("//button[contains(., 'Verifikasi unit')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "diverifikasi"));
        browser.get(url("/workspace/cycles/2024/entities/33.09/units/DUKCAPIL/history"));
        assertThat(browser.findElement(By.cssSelector("table.data")).getText()).contains("dikembalikan", "diverifikasi", "asisten.jateng");
        Browser.screenshot(browser, "history");
        browser.get(url("/workspace/cycles/2024/progress"));
        assertThat(browser.findElement(By.cssSelector("table.data")).getText()).contains("Jawa Tengah").doesNotContain("Banten");
        Browser.screenshot(browser, "progress");
    }

    private long outbox() {
        return ((Number) browser.executeAsyncScript("window.patuhOutbox.count().then(arguments[0]);")).longValue();
    }

}
