package id.patuh.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client against the running test server, speaking as anonymous, a demo account or a token holder. */
public final class HttpCalls {

    public static final String DEMO_PASSWORD = "demo-patuh-2026";

    /** Reads numbers as BigDecimal, so "80.00" stays "80.00" and scores compare exactly. */
    public static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String authorization;
    private final String language;
    private final java.util.Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

    private HttpCalls(String base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    public static HttpCalls anonymous(int port) {
        return new HttpCalls("http://localhost:" + port, null, null);
    }

    public HttpCalls as(String username) {
        return basic(username, DEMO_PASSWORD);
    }

    public HttpCalls basic(String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HttpCalls(base, "Basic " + credentials, language);
    }

    public HttpCalls bearer(String token) {
        return new HttpCalls(base, "Bearer " + token, language);
    }

    /** The same caller, sending one more header on every request. */
    public HttpCalls header(String name, String value) {
        HttpCalls copy = new HttpCalls(base, authorization, language);
        copy.extraHeaders.putAll(extraHeaders);
        copy.extraHeaders.put(name, value);
        return copy;
    }

    public HttpCalls inEnglish() {
        return new HttpCalls(base, authorization, "en");
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with a body of any type, e.g. multipart/form-data built by the test. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Uploads one file as the multipart part {@code file}, the way every upload route of Patuh takes it. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content) {
        return post(path, Multipart.CONTENT_TYPE, Multipart.file(fileName, content));
    }

    /** A GET whose answer is read as bytes (downloads). */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        extraHeaders.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
