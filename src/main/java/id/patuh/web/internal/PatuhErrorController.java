package id.patuh.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.net.URI;

/**
 * Errors that happen outside a handler (unknown paths, 403 from security, crashes): a page for people, a problem
 * detail for {@code /api} callers.
 */
@Controller
class PatuhErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(PatuhErrorController.class);

    private final MessageSource messages;
    private final ShellModelAdvice shell;

    PatuhErrorController(MessageSource messages, ShellModelAdvice shell) {
        this.messages = messages;
        this.shell = shell;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        int status = status(request);
        String path = originalPath(request);
        logIfOurs(request, status, path);
        ModelAndView page = new ModelAndView("error/problem", HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("messageKey", key(status, status == 403 || status == 404 || status == 400));
        page.addObject("messageArgs", new Object[0]);
        shell.addTo(page, request);
        page.addObject("currentPath", path);
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        String path = originalPath(request);
        logIfOurs(request, status, path);
        String key = key(status, status == 401 || status == 403 || status == 404 || status == 400 || status == 405);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
                messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        if (status == 411 || status == 413) {
            problem.setProperty("code", key);
        }
        problem.setInstance(URI.create(path));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Uploads refused by size or without a length (UploadLimits) say so; other statuses have their own text or 500's. */
    private static String key(int status, boolean ownText) {
        if (status == 413) {
            return "web.error.uploadTooLarge";
        }
        if (status == 411) {
            return "web.error.uploadLengthRequired";
        }
        return "web.error.status." + (ownText ? status : 500);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return HttpStatus.resolve(status) == null ? 500 : status;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getRequestURI() : uri.toString();
    }

    private static void logIfOurs(HttpServletRequest request, int status, String path) {
        if (status >= 500) {
            log.error("Error {} on {}", status, path, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
    }
}
