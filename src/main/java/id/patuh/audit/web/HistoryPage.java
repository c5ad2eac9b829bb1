package id.patuh.audit.web;

import id.patuh.audit.AuditTrail;
import id.patuh.identity.CurrentUser;
import id.patuh.registry.Entities;
import id.patuh.review.Reviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A unit's history page: every recorded change, oldest first, read only. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
class HistoryPage {

    private final AuditTrail trail;
    private final Reviews reviews;
    private final Entities entities;
    private final CurrentUser currentUser;

    HistoryPage(AuditTrail trail, Reviews reviews, Entities entities, CurrentUser currentUser) {
        this.trail = trail;
        this.reviews = reviews;
        this.entities = entities;
        this.currentUser = currentUser;
    }

    @GetMapping("/workspace/cycles/{year}/entities/{entityCode}/units/{unitCode}/history")
    String history(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode, Model model) {
        reviews.requireScope(currentUser.require(), year, entityCode, unitCode);
        model.addAttribute("year", year);
        model.addAttribute("entity", entities.require(entityCode));
        model.addAttribute("unit", entities.requireUnit(entityCode, unitCode));
        model.addAttribute("entries", trail.ofUnit(year, entityCode, unitCode));
        return "audit/history";
    }
}
