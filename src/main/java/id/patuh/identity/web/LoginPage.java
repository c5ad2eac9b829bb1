package id.patuh.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the form. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }
}
