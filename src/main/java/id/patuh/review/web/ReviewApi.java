package id.patuh.review.web;

import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.review.ProvinceProgress;
import id.patuh.review.ReturnedItem;
import id.patuh.review.Reviews;
import id.patuh.review.UnitStatus;
import id.patuh.review.UnitReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The verification workflow over JSON, with the same role and scope rules as the pages. */
@RestController
@RequestMapping("/api/v1/cycles/{year}")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
@Tag(name = "Review", description = "Submit, verify, return with reasons, central verification, progress")
class ReviewApi {

    private final Reviews reviews;
    private final CurrentUser currentUser;

    ReviewApi(Reviews reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    record ReturnItem(@NotBlank String item, @NotBlank String reason) {
    }

    record ReturnRequest(@NotEmpty List<@Valid ReturnItem> items) {
    }

    record ReviewResponse(int year, String entityCode, String unitCode, UnitStatus status, List<String> openItems,
                          List<ReturnedItem> returns) {
        static ReviewResponse of(UnitReview r) {
            return new ReviewResponse(r.year(), r.entityCode(), r.unitCode(), r.status(), r.openItems(), r.returns());
        }
    }

    @GetMapping("/entities/{entityCode}/units/{unitCode}/review")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A unit's status and the reasons it was returned for; an entity's own users see the status only")
    ReviewResponse review(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        PatuhUser user = currentUser.require();
        ReviewResponse review = ReviewResponse.of(reviews.review(user, year, entityCode, unitCode));
        boolean ombudsman = user.isAdmin() || user.role().office();
        // The reasons are the office's working notes to its assessor, not yet findings for the entity.
        return ombudsman ? review : new ReviewResponse(review.year(), review.entityCode(), review.unitCode(),
                review.status(), List.of(), List.of());
    }

    @PostMapping("/entities/{entityCode}/units/{unitCode}/submit")
    @Operation(summary = "The assessor submits a complete unit; it is locked for assessors")
    ReviewResponse submit(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        return ReviewResponse.of(reviews.submit(currentUser.require(), year, entityCode, unitCode));
    }

    @PostMapping("/entities/{entityCode}/units/{unitCode}/verify")
    @Operation(summary = "The office head verifies a submitted unit")
    ReviewResponse verify(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        return ReviewResponse.of(reviews.verify(currentUser.require(), year, entityCode, unitCode));
    }

    @PostMapping("/entities/{entityCode}/units/{unitCode}/return")
    @Operation(summary = "The office head returns a submitted unit with a reason per item (indicator code or UNIT)")
    ReviewResponse returnUnit(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                          @Valid @RequestBody ReturnRequest request) {
        Map<String, String> reasons = new LinkedHashMap<>();
        request.items().forEach(item -> reasons.put(item.item().trim(), item.reason()));
        return ReviewResponse.of(reviews.returnUnit(currentUser.require(), year, entityCode, unitCode, reasons));
    }

    @PostMapping("/entities/{entityCode}/central-verification")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "HQ verifies an entity whose units are all verified by their office")
    List<ReviewResponse> verifyCentrally(@PathVariable int year, @PathVariable String entityCode) {
        return reviews.verifyCentrally(currentUser.require(), year, entityCode).stream().map(ReviewResponse::of).toList();
    }

    @GetMapping("/progress")
    @Operation(summary = "Units per province and status; an office sees its own provinces, HQ all")
    List<ProvinceProgress> progress(@PathVariable int year) {
        return reviews.progress(currentUser.require(), year);
    }
}
