package id.patuh.results.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Publication-day traffic: an anonymous visitor's request for a public results page that is already rendered is
 * answered from memory here, before sessions, security and MVC run — those only matter for signed-in visitors, for a
 * language switch ({@code ?lang=}) and for the first view of a page, which all go on to {@link SitePages}. The headers
 * are the ones the full path sends (cache validators and the security headers of the pages' filter chain).
 */
@Component
class CachedPageFilter extends OncePerRequestFilter implements Ordered {

    /** The pages' Content-Security-Policy, as SecurityConfiguration sets it for every page. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    private final SitePages pages;

    CachedPageFilter(SitePages pages) {
        this.pages = pages;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !(path.startsWith("/hasil/") || path.startsWith("/peta/") || path.equals("/statistik"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String language = anonymousLanguage(request);
        PageCache.Page page = language == null ? null : pages.cached(request, language);
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", "max-age=60, public");
        response.setHeader("Vary", "Cookie");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Content-Security-Policy", CSP);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /**
     * The page language of an anonymous visitor ("id" unless the language cookie says English), or null when the
     * request may be anything else: credentials, any other cookie (a session), or a language switch to remember.
     */
    private static String anonymousLanguage(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null || request.getParameter("lang") != null) {
            return null;
        }
        String language = "id";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!"patuh-lang".equals(cookie.getName())) {
                    return null;
                }
                language = cookie.getValue().toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "id";
            }
        }
        return language;
    }
}
