package id.patuh.web.internal;

import id.patuh.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Domain errors on pages become a friendly page with the reason in the user's language and the right status. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final ShellModelAdvice shell;

    PageErrors(ShellModelAdvice shell) {
        this.shell = shell;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
            case FORBIDDEN -> 403;
        };
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", status);
        page.addObject("messageKey", e.messageKey());
        page.addObject("messageArgs", e.arguments());
        shell.addTo(page, request);
        return page;
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView database(DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        return domain(DomainException.fromDatabase(e).orElseThrow(() -> e), request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(400);
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", 400);
        page.addObject("messageKey", "web.error.badParameter");
        page.addObject("messageArgs", new Object[]{e.getName(), String.valueOf(e.getValue())});
        shell.addTo(page, request);
        return page;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }
}
