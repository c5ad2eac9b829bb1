package id.patuh.reports;

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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Piagam & rapor" in a real browser: HQ makes a province ZIP and watches it finish; an entity's coordinator opens its
 * own report card; the public verification page on a phone. Year 2073 belongs to this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsBrowserTests extends BrowserTests {

    @LocalServerPort
    int port;

    @BeforeEach
    void publishCycle2073() {
        HttpCalls admin = HttpCalls.anonymous(port).as("admin.demo");
        if (admin.get("/api/v1/cycles/2073/determination").statusCode() != 200) {
            assertThat(admin.post("/api/v1/cycles", "{\"year\":2073,\"methodologyId\":\"ombudsman-2025\"}").statusCode()).isIn(201, 409);
            assertThat(admin.put("/api/v1/cycles/2073/entities/36.01/units/DUKCAPIL/score", "{\"score\":86.40}").statusCode()).isEqualTo(200);
            assertThat(admin.put("/api/v1/cycles/2073/entities/36.01/units/DINSOS/score", "{\"score\":71.15}").statusCode()).isEqualTo(200);
            HttpResponse<String> determined = admin.post("/api/v1/cycles/2073/determination", "{\"decreeNumber\":\"4/PIAGAM/2073\","
                    + "\"decreeDate\":\"2073-12-10\",\"publishAt\":\"2020-01-01T00:00:00+07:00\"}");
            assertThat(determined.statusCode()).as(determined.body()).isEqualTo(201);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void headquartersMakesAProvinceZipAndSeesItFinish() throws Exception {
        Browser.logIn(browser, url(""), "admin.demo");
        browser.get(url("/workspace/reports"));
        new Select(browser.findElement(By.id("year"))).selectByValue("2073");
        new Select(browser.findElement(By.id("provinceCode"))).selectByValue("36");
        browser.findElement(By.cssSelector("form[action$='/workspace/reports/bundles'] button")).click();
        // Newest job first; the page polls until it is done and offers the download.
        var download = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#jobs tbody tr:first-child a")));
        Browser.screenshot(browser, "reports-workspace-bundle-done");
        assertThat(browser.findElement(By.cssSelector("#jobs tbody tr:first-child")).getText())
                .contains("2073").contains("Banten").contains("2 / 2").contains("Selesai").contains("Unduh ZIP");
        HttpResponse<byte[]> zip = withSession(download.getAttribute("href"));
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
    }

    @Test
    void anEntityCoordinatorOpensItsOwnReportCardFromTheWorkspace() throws Exception {
        Browser.logIn(browser, url(""), "koordinator.pandeglang");
        browser.findElement(By.linkText("Piagam & rapor")).click();
        wait.until(ExpectedConditions.urlToBe(url("/workspace/reports")));
        Browser.screenshot(browser, "reports-workspace-entity");
        Browser.phoneWidth(browser);
        Browser.screenshot(browser, "reports-workspace-entity-phone");
        Browser.desktopWidth(browser);
        String rapor = browser.findElement(By.cssSelector("a[href='/workspace/reports/2073/entities/36.01/rapor.pdf']"))
                .getAttribute("href");
        HttpResponse<byte[]> pdf = withSession(rapor);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(withSession(url("/workspace/reports/2073/entities/33.10/rapor.pdf")).statusCode())
                .as("another entity's rapor").isEqualTo(403);
    }

    @Test
    void thePublicVerifiesACertificateOnAPhone() throws Exception {
        byte[] certificate = HttpCalls.anonymous(port).getBytes("/api/v1/cycles/2073/entities/36.01/certificate.pdf").body();
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(certificate)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        var code = java.util.regex.Pattern.compile("[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(text);
        assertThat(code.find()).isTrue();
        Browser.phoneWidth(browser);
        browser.get(url("/verify"));
        browser.findElement(By.id("code")).sendKeys(code.group());
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/verify/"));
        Browser.screenshot(browser, "reports-verify-phone");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Piagam ini asli")
                .contains("Pemerintah Kabupaten Pandeglang").contains("78.78");
    }

    /** The URL fetched with the browser's session cookie, as a download would be. */
    private HttpResponse<byte[]> withSession(String address) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookies).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
