package id.patuh.results.site;

import id.patuh.identity.DemoAccountsPresent;
import id.patuh.identity.PatuhUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a Thymeleaf page into bytes (for the page cache) with the shell's model: the user, the demo banner and the
 * current path. The demo flag is read at most every few seconds: the cache-hit path must not query the database.
 */
@Component
class PageRenderer {

    private static final long DEMO_REFRESH_NANOS = 10_000_000_000L;

    private final ThymeleafViewResolver views;
    private final DemoAccountsPresent demo;
    private volatile long demoReadAt;
    private volatile Boolean demoMode;

    PageRenderer(ThymeleafViewResolver views, DemoAccountsPresent demo) {
        this.views = views;
        this.demo = demo;
    }

    /** Whether the demo banner shows (an enabled demo account exists), as of the last few seconds. */
    boolean demoMode() {
        long now = System.nanoTime();
        Boolean known = demoMode;
        if (known == null || now - demoReadAt > DEMO_REFRESH_NANOS) {
            known = demo.demoAccountsExist();
            demoMode = known;
            demoReadAt = now;
        }
        return known;
    }

    byte[] render(String view, Map<String, Object> model, Locale locale, PatuhUser user, HttpServletRequest request) {
        Map<String, Object> page = new HashMap<>(model);
        page.put("currentUser", user);
        page.put("demoMode", demoMode());
        page.put("currentPath", request.getRequestURI());
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
        Capture capture = new Capture(response);
        try {
            View resolved = views.resolveViewName(view, locale);
            resolved.render(page, request, capture);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Rendering " + view + " failed", e);
        }
        capture.writer.flush();
        return capture.text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A response whose body goes into a string; headers still reach the real response (content type). */
    private static final class Capture extends HttpServletResponseWrapper {
        final StringWriter text = new StringWriter(32 * 1024);
        final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
