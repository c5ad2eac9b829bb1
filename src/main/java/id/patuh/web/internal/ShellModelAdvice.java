package id.patuh.web.internal;

import id.patuh.identity.CurrentUser;
import id.patuh.identity.DemoAccountsPresent;
import id.patuh.identity.PatuhUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the user (for navigation by role), the demo banner and the current path. */
@ControllerAdvice
class ShellModelAdvice {

    private final CurrentUser currentUser;
    private final DemoAccountsPresent demo;

    ShellModelAdvice(CurrentUser currentUser, DemoAccountsPresent demo) {
        this.currentUser = currentUser;
        this.demo = demo;
    }

    @ModelAttribute("currentUser")
    PatuhUser currentUser() {
        return currentUser.get().orElse(null);
    }

    @ModelAttribute("demoMode")
    boolean demoMode(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") && demo.demoAccountsExist();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** Error views are rendered outside the model-attribute phase, so they get the same attributes here. */
    void addTo(org.springframework.web.servlet.ModelAndView page, HttpServletRequest request) {
        page.addObject("currentUser", currentUser());
        page.addObject("demoMode", demoMode(request));
        page.addObject("currentPath", request.getRequestURI());
    }
}
