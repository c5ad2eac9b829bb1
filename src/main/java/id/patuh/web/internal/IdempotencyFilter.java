package id.patuh.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Makes writes sent with an {@code Idempotency-Key} header safe to retry: the first successful response is kept per
 * user and key for a day and replayed for the same key, so an offline outbox that resends after a lost reply never
 * applies a change twice. Runs after Spring Security, so the user is known.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10) // well after Spring Security's filter chain (-100): the user must be known
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private final JdbcClient jdbc;

    IdempotencyFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        return key == null || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!KEY.matcher(key).matches() || authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String user = authentication.getName();
        var stored = jdbc.sql("""
                        select status, content_type, body from idempotent_requests
                        where idempotency_key = ? and username = ? and method = ? and path = ?
                          and created_at > now() - interval '1 day'""")
                .params(key, user, request.getMethod(), request.getRequestURI())
                .query((rs, n) -> new Stored(rs.getInt(1), rs.getString(2), rs.getString(3))).optional();
        if (stored.isPresent()) {
            response.setStatus(stored.get().status());
            if (stored.get().contentType() != null) {
                response.setContentType(stored.get().contentType());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(stored.get().body().getBytes(StandardCharsets.UTF_8));
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 200 && wrapper.getStatus() < 300) {
            jdbc.sql("""
                            insert into idempotent_requests (idempotency_key, username, method, path, status, content_type, body)
                            values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(key, user, request.getMethod(), request.getRequestURI(), wrapper.getStatus(),
                            wrapper.getContentType(), new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8))
                    .update();
        }
        wrapper.copyBodyToResponse();
    }

    private record Stored(int status, String contentType, String body) {
    }
}
