package id.patuh.identity.web;

import id.patuh.DomainException;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.internal.ApiTokens;
import id.patuh.identity.internal.IssuedApiToken;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's own API tokens: create (the secret shown once) and revoke. */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;

    TokenPages(ApiTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @GetMapping("/workspace/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.of(currentUser.require()));
        return "identity/tokens";
    }

    /**
     * Shows the new secret in this response only: a redirect would have to park it in the session, which lives in the
     * database, and the point of storing tokens as hashes is that the secret is stored nowhere.
     */
    @PostMapping("/workspace/tokens")
    String issue(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response) {
        PatuhUser owner = currentUser.require();
        try {
            IssuedApiToken issued = tokens.issue(owner, name);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("issuedSecret", issued.secret());
            model.addAttribute("issuedName", issued.token().name());
            model.addAttribute("tokens", tokens.of(owner));
            return "identity/tokens";
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            model.addAttribute("nameError", e.messageKey());
            model.addAttribute("tokens", tokens.of(owner));
            return "identity/tokens";
        }
    }

    @PostMapping("/workspace/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(currentUser.require(), id);
        flash.addFlashAttribute("notice", "identity.token.revoked");
        return "redirect:/workspace/tokens";
    }
}
