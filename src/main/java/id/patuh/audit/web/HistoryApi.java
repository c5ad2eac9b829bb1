package id.patuh.audit.web;

import id.patuh.audit.AuditEntry;
import id.patuh.audit.AuditTrail;
import id.patuh.identity.CurrentUser;
import id.patuh.review.Reviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A unit's audit history over JSON (read only: nothing in the trail can be changed). */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
@Tag(name = "Audit")
class HistoryApi {

    private final AuditTrail trail;
    private final Reviews reviews;
    private final CurrentUser currentUser;

    HistoryApi(AuditTrail trail, Reviews reviews, CurrentUser currentUser) {
        this.trail = trail;
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/cycles/{year}/entities/{entityCode}/units/{unitCode}/history")
    @Operation(summary = "Every change to the unit that can move its score, oldest first")
    List<AuditEntry> history(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        reviews.requireScope(currentUser.require(), year, entityCode, unitCode);
        return trail.ofUnit(year, entityCode, unitCode);
    }
}
