package id.patuh.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Makes an answer's autosave safe to retry: a save sent with an {@code Idempotency-Key} is answered once, and a retry
 * with the same key and the same body gets that first answer again (for a day) instead of being applied twice — what
 * an offline outbox resending after a lost reply needs. Only the autosave routes take part (small bodies, nothing
 * secret in the answer); the key is reserved before the save runs, so two copies racing each other cannot both apply.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10) // well after Spring Security's filter chain (-100): the user must be known
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");
    private static final Pattern ROUTES = Pattern.compile(
            "/api/v1/cycles/\\d+/entities/[^/]+/units/[^/]+/answers/[^/]+/\\d+"
                    + "|/workspace/cycles/\\d+/entities/[^/]+/units/[^/]+/capture/answer");
    private static final int MAX_BODY = 16 * 1024;

    private final JdbcClient jdbc;

    IdempotencyFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null
                || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                || !ROUTES.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // A form post was already parsed (Spring Security read its _csrf), so its content is the parameters; a JSON body
        // is still unread and is kept to be read again by the handler.
        boolean form = request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded");
        byte[] body = form ? formContent(request) : request.getInputStream().readNBytes(MAX_BODY + 1);
        if (!KEY.matcher(key).matches() || authentication == null || !authentication.isAuthenticated()
                || body.length > MAX_BODY) {
            chain.doFilter(form ? request : new CachedBody(request, body), response);
            return;
        }
        String user = authentication.getName();
        String hash = sha256(request.getMethod() + " " + request.getRequestURI() + "\n"
                + new String(body, StandardCharsets.UTF_8));
        jdbc.sql("delete from idempotent_requests where created_at < now() - interval '1 day'").update();
        int reserved = jdbc.sql("""
                        insert into idempotent_requests (idempotency_key, username, method, path, status, body_sha256)
                        values (?, ?, ?, ?, 0, ?) on conflict do nothing""")
                .params(key, user, request.getMethod(), request.getRequestURI(), hash).update();
        if (reserved == 0) {
            replay(key, user, hash, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(form ? request : new CachedBody(request, body), wrapper);
        } finally {
            if (wrapper.getStatus() >= 200 && wrapper.getStatus() < 300) {
                jdbc.sql("""
                                update idempotent_requests set status = ?, content_type = ?, body = ?, hx_trigger = ?
                                where idempotency_key = ? and username = ?""")
                        .params(wrapper.getStatus(), wrapper.getContentType(),
                                new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8),
                                wrapper.getHeader("HX-Trigger"), key, user)
                        .update();
            } else {
                // A refusal is not an answer to keep: the client may correct and retry under the same key.
                jdbc.sql("delete from idempotent_requests where idempotency_key = ? and username = ?")
                        .params(key, user).update();
            }
            wrapper.copyBodyToResponse();
        }
    }

    private void replay(String key, String user, String hash, HttpServletResponse response) throws IOException {
        var stored = jdbc.sql("""
                        select status, content_type, body, hx_trigger, body_sha256 from idempotent_requests
                        where idempotency_key = ? and username = ?""")
                .params(key, user)
                .query((rs, n) -> new Stored(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
        if (stored.isEmpty() || stored.get().status() == 0) {
            response.sendError(409, "A request with this Idempotency-Key is still being processed");
            return;
        }
        if (!stored.get().bodySha256().equals(hash)) {
            response.sendError(422, "This Idempotency-Key was used for a different request");
            return;
        }
        response.setStatus(stored.get().status());
        if (stored.get().contentType() != null) {
            response.setContentType(stored.get().contentType());
        }
        if (stored.get().hxTrigger() != null) {
            response.setHeader("HX-Trigger", stored.get().hxTrigger());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(stored.get().body().getBytes(StandardCharsets.UTF_8));
    }

    /** The form's fields in a stable order, without the CSRF token (a retry after signing in again carries a new one). */
    private static byte[] formContent(HttpServletRequest request) {
        StringBuilder content = new StringBuilder();
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                content.append(name).append('=').append(String.join(",", values)).append('&');
            }
        });
        return content.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    private record Stored(int status, String contentType, String body, String hxTrigger, String bodySha256) {
    }

    /** The request with its body already read (to hash it), readable again by the handler. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the cached body is read synchronously only");
                }

                @Override
                public int read() {
                    return in.read();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
