package id.patuh.web;

import id.patuh.support.HttpCalls;
import id.patuh.support.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordinary uploads are held to the evidence limit before anything reads them — a page form (whose _csrf field would
 * otherwise make the container store the whole body first) and an upload without a declared length alike — while
 * imports and archives, the bulk routes, take large files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aPageFormFarOverTheEvidenceLimitIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(
                        "/workspace/cycles/2040/entities/36.01/units/DUKCAPIL/capture/evidence"))
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(new byte[14 * 1024 * 1024]))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("lebih besar dari yang diterima server");
    }

    @Test
    void anOrdinaryUploadWithoutADeclaredLengthIsRefusedInTheCallersLanguage() throws Exception {
        byte[] body = multipart("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(
                        "/api/v1/cycles/2040/entities/36.01/units/DUKCAPIL/evidence"))
                .header("Authorization", basic("asisten.banten"))
                .header("Accept-Language", "en")
                .header("Content-Type", Multipart.CONTENT_TYPE)
                // A stream of unknown length travels chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(HttpCalls.JSON.readTree(response.body()).get("detail").asString()).contains("must state its size");
    }

    @Test
    void aBulkRouteTakesAFileFarOverTheEvidenceLimit() throws Exception {
        byte[] large = new byte[14 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'x');
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/cycles/2040/imports/registry"))
                .header("Authorization", basic("admin.demo"))
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(large))));
        assertThat(response.statusCode()).as(response.body()).isNotIn(411, 413);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + HttpCalls.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(byte[] content) {
        return Multipart.form().file("file", "bukti.pdf", "application/pdf", content).bytes();
    }
}
