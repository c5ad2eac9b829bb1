package id.patuh.exchange;

import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser on a phone-sized screen, HQ restores a cycle archive on "Arsip siklus": a file that is not an
 * archive is refused with the reason and changes nothing; the real archive of cycle 2094 (downloaded, then the cycle
 * removed from this database, as on a server being rebuilt) is restored and the page says what it wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveBrowserTests extends BrowserTests {

    static final int YEAR = 2094;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hqRestoresACycleArchiveFromThePageAndARefusedFileChangesNothing() throws Exception {
        HttpCalls admin = HttpCalls.anonymous(port).as("admin.demo");
        admin.post("/api/v1/cycles", "{\"year\":" + YEAR + ",\"methodologyId\":\"ombudsman-2025\"}");
        admin.put("/api/v1/cycles/" + YEAR + "/locus/36.01/units/DUKCAPIL", "");
        byte[] archive = admin.getBytes("/api/v1/cycles/" + YEAR + "/archive.zip").body();
        long auditRows = jdbc.sql("select count(*) from audit_log where year = ?").param(YEAR).query(Long.class).single();
        for (String table : new String[]{"audit_log", "cycle_units", "cycle_phases", "cycles"}) {
            jdbc.sql("delete from " + table + " where year = ?").param(YEAR).update();
        }

        Browser.logIn(browser, "http://localhost:" + port, "admin.demo");
        Browser.phoneWidth(browser);
        browser.get("http://localhost:" + port + "/workspace/archives?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cycle archives and restore");

        Path notAnArchive = Files.createTempFile("catatan", ".zip");
        Files.writeString(notAnArchive, "bukan arsip", StandardCharsets.UTF_8);
        upload(notAnArchive);
        WebElement alert = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .alert")));
        assertThat(alert.getText()).contains("not a ZIP archive");
        assertThat(jdbc.sql("select count(*) from cycles where year = ?").param(YEAR).query(Long.class).single()).isZero();

        Path real = Files.createTempFile("patuh-cycle-" + YEAR, ".zip");
        Files.write(real, archive);
        upload(real);
        WebElement restored = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("restored")));
        assertThat(restored.getText()).contains("Cycle " + YEAR + " restored")
                .contains("already on this server with the same content");
        Browser.screenshot(browser, "archive-restored-phone");
        assertThat(jdbc.sql("select count(*) from cycle_units where year = ?").param(YEAR).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where year = ? and action <> 'CYCLE_RESTORED'").param(YEAR)
                .query(Long.class).single()).isEqualTo(auditRows);
        assertThat(browser.findElement(By.cssSelector("#archive-cycles tbody")).getText()).contains(String.valueOf(YEAR));
        Files.deleteIfExists(notAnArchive);
        Files.deleteIfExists(real);
    }

    private void upload(Path file) {
        WebElement heading = browser.findElement(By.tagName("h1"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(heading));
    }
}
