package id.patuh.identity.web;

import id.patuh.DomainException;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.identity.internal.Accounts;
import id.patuh.identity.internal.NewAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** Account management: HQ opens any account; an office head opens and disables their own office's assessors. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
class AccountPages {

    private final Accounts accounts;
    private final CurrentUser currentUser;

    AccountPages(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    record AccountForm(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 120) String displayName,
                       @NotBlank String password, @NotNull Role role, String officeCode, String entityCode,
                       String unitCode) {
    }

    @GetMapping("/workspace/users")
    String list(Model model) {
        PatuhUser manager = currentUser.require();
        Role defaultRole = manager.isAdmin() ? Role.ENTITY_COORDINATOR : Role.ASSESSOR;
        String office = manager.isAdmin() ? "" : manager.officeCode();
        return page(model, manager, new AccountForm("", "", "", defaultRole, office, "", ""));
    }

    @PostMapping("/workspace/users")
    String open(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        PatuhUser manager = currentUser.require();
        if (!errors.hasErrors()) {
            try {
                accounts.open(manager, new NewAccount(form.username(), form.displayName(), form.password(), form.role(),
                        form.officeCode(), form.entityCode(), form.unitCode()));
                flash.addFlashAttribute("notice", "identity.account.opened");
                return "redirect:/workspace/users";
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.INVALID) {
                    errors.rejectValue(e.field() != null ? e.field() : "username", e.messageKey(), e.arguments(), null);
                } else {
                    throw e;
                }
            }
        }
        return page(model, manager, null);
    }

    @PostMapping("/workspace/users/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes flash) {
        accounts.disable(currentUser.require(), id);
        flash.addFlashAttribute("notice", "identity.account.disabled");
        return "redirect:/workspace/users";
    }

    private String page(Model model, PatuhUser manager, AccountForm form) {
        if (form != null) {
            model.addAttribute("form", form);
        }
        model.addAttribute("accounts", accounts.visibleTo(manager));
        model.addAttribute("roles", manager.isAdmin() ? List.of(Role.values()) : List.of(Role.ASSESSOR));
        return "identity/users";
    }
}
