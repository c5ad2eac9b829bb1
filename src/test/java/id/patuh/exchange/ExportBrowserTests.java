package id.patuh.exchange;

import id.patuh.support.Browser;
import id.patuh.support.BrowserTests;
import id.patuh.support.HttpCalls;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HQ signed in downloads what the results pages offer: the sheet as XLSX and CSV, the locus, the cycle archive and
 * an entity's units, through the page session. Year 2089 belongs to this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportBrowserTests extends BrowserTests {

    @LocalServerPort
    int port;

    @BeforeEach
    void scoreAUnitAndSignInAsHq() {
        HttpCalls admin = HttpCalls.anonymous(port).as("admin.demo");
        assertThat(admin.post("/api/v1/cycles", "{\"year\":2089,\"methodologyId\":\"ombudsman-2025\"}").statusCode()).isIn(201, 409);
        assertThat(admin.put("/api/v1/cycles/2089/entities/36.01/units/DUKCAPIL/score", "{\"score\":81.75}").statusCode())
                .isEqualTo(200);
        Browser.logIn(browser, url(""), "admin.demo");
    }

    @Test
    void theResultsPagesLinksDownloadTheFilesWithTheSignedInSession() throws Exception {
        browser.get(url("/workspace/cycles/2089?province=36"));
        Browser.screenshot(browser, "exchange-results-links-desktop");
        Map<String, String> links = links();
        assertThat(links.keySet()).containsExactly("XLSX", "CSV", "Lokus (XLSX)", "Arsip siklus (ZIP)");

        HttpResponse<byte[]> xlsx = download(links.get("XLSX"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("patuh-results-2089-36.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.stream().skip(1).map(r -> r.getCell(0).getText() + "=" + r.getCell(4).getText()))
                    .contains("36.01=81.75");
            assertThat(rows.stream().skip(1).map(r -> r.getCell(3).getText())).containsOnly("36");
        }
        HttpResponse<byte[]> csv = download(links.get("CSV"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("36.01,Pemerintah Kabupaten Pandeglang");
        assertThat(download(links.get("Lokus (XLSX)")).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> archive = download(links.get("Arsip siklus (ZIP)"));
        assertThat(archive.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        assertThat(CycleArchiveIntegrationTests.unzip(archive.body())).containsKeys("manifest.json", "answers.csv",
                "direct_unit_scores.csv", "audit_log.csv");

        Browser.phoneWidth(browser);
        Browser.screenshot(browser, "exchange-results-links-phone");
        browser.get(url("/workspace/cycles/2089/entities/36.01"));
        Map<String, String> unitLinks = links();
        assertThat(unitLinks.keySet()).containsExactly("XLSX", "CSV");
        assertThat(new String(download(unitLinks.get("CSV")).body(), StandardCharsets.UTF_8))
                .contains("36.01,DUKCAPIL").contains("81.75");
        Browser.screenshot(browser, "exchange-entity-links-phone");
    }

    private Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement link : browser.findElements(By.cssSelector("p.exports a"))) {
            links.put(link.getText(), link.getAttribute("href"));
        }
        return links;
    }

    /** Fetches a link as the signed-in browser would (its session cookie), keeping the bytes for reading. */
    private HttpResponse<byte[]> download(String href) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
