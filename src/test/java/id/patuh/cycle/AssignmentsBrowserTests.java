package id.patuh.cycle;

import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.HttpCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser on a phone-sized screen: the Banten office head assigns an assessor to a Puskesmas of Kota Cilegon
 * (36.72) in 2030, and the assessor records the respondents' confirmation from "Tugas saya".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentsBrowserTests extends BrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @BeforeEach
    void prepareLocus() {
        HttpCalls admin = HttpCalls.anonymous(port).as("admin.demo");
        admin.post("/api/v1/cycles", "{\"year\":2030,\"methodologyId\":\"ombudsman-2025\"}");
        assertThat(admin.put("/api/v1/cycles/2030/locus/36.72/units/PKM-02/products",
                "{\"products\":[\"RAWAT-JALAN\",\"IMUNISASI\"]}").statusCode()).isEqualTo(200);
    }

    @Test
    void anOfficeHeadAssignsOnAPhoneAndTheAssessorConfirmsTheRespondents() {
        signIn("kepala.banten");
        Browser.phoneWidth(browser);
        browser.get(url("/workspace/assignments?year=2030"));
        new Select(browser.findElement(By.id("assessor-36.72-PKM-02"))).selectByValue("asisten.banten");
        // Typing into a date input depends on the browser's locale; the value it submits does not.
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("visit-36.72-PKM-02")),
                LocalDate.now(clock).plusDays(3).toString());
        browser.findElement(By.id("visit-36.72-PKM-02")).submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Penugasan disimpan"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Asisten Perwakilan Banten");
        Browser.screenshot(browser, "assignments-phone");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("assessor-36.72-PKM-02")));
        Browser.screenshot(browser, "assignments-unit-phone");

        browser.findElement(By.cssSelector("form.inline button")).click();
        wait.until(ExpectedConditions.urlContains("loggedOut"));
        signIn("asisten.banten");
        assertThat(browser.findElement(By.id("my-assignments")).getText()).isEqualTo("Tugas saya");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Imunisasi", "Pelayanan Rawat Jalan");
        browser.findElement(By.cssSelector("input[id^='contact-2030'][id$='PKM-02']")).sendKeys("Ibu Rina, Kepala TU");
        browser.findElement(By.cssSelector("input[id^='contact-2030'][id$='PKM-02']")).submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Konfirmasi responden dicatat"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("3 hari sebelum kunjungan", "Ibu Rina, Kepala TU");
        Browser.screenshot(browser, "my-assignments-phone");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector("#my-assignments ~ .units")));
        Browser.screenshot(browser, "my-assignments-unit-phone");
        Browser.desktopWidth(browser);
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(HttpCalls.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/workspace")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
