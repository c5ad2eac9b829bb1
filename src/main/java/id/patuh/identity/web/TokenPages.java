package id.patuh.identity.web;

import id.patuh.DomainException;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.internal.ApiTokens;
import id.patuh.identity.internal.IssuedApiToken;
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

    @PostMapping("/workspace/tokens")
    String issue(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes flash) {
        PatuhUser owner = currentUser.require();
        try {
            IssuedApiToken issued = tokens.issue(owner, name);
            flash.addFlashAttribute("issuedSecret", issued.secret());
            flash.addFlashAttribute("issuedName", issued.token().name());
            return "redirect:/workspace/tokens";
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
