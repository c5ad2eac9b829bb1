package id.patuh.fieldwork.web;

import id.patuh.DomainException;
import id.patuh.cycle.ConflictsOfInterest;
import id.patuh.fieldwork.Answer;
import id.patuh.fieldwork.AnswerChange;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.SavedAnswer;
import id.patuh.fieldwork.StaleAnswerException;
import id.patuh.fieldwork.UnitAnswersReplaced;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A unit's answers over JSON: read, autosave one answer with optimistic locking (assessors of the unit's province and
 * HQ), or replace all of them (HQ, for corrections and bulk loading).
 */
@RestController
@RequestMapping("/api/v1/cycles/{year}/entities/{entityCode}/units/{unitCode}/answers")
@Tag(name = "Fieldwork", description = "Answers per unit, indicator and respondent")
class AnswersApi {

    private final Answers answers;
    private final CaptureScope scope;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    AnswersApi(Answers answers, CaptureScope scope, CurrentUser currentUser, MessageSource messages) {
        this.answers = answers;
        this.scope = scope;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    record AnswerRequest(@NotBlank String indicator, String product, @NotNull Integer respondent, @NotNull Integer level) {
    }

    record UnitAnswersRequest(@NotNull List<@Valid AnswerRequest> answers) {
    }

    record UnitAnswersResponse(int year, String entityCode, String unitCode, int answers) {
    }

    record SaveAnswerRequest(Integer level, String product, String note, Integer version) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    @Operation(summary = "A unit's answers with their versions")
    List<SavedAnswer> list(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        scope.require(entityCode, unitCode, false);
        return answers.ofUnit(year, entityCode, unitCode);
    }

    @PutMapping("/{indicator}/{respondent}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    @Operation(summary = "Saves one answer; send the version you last saw (0 for a new answer): 409 with the stored answer if someone saved first; level null clears it")
    SavedAnswer save(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                     @PathVariable String indicator, @PathVariable int respondent, @RequestBody SaveAnswerRequest request) {
        PatuhUser user = scope.require(entityCode, unitCode, true);
        return answers.save(year, entityCode, unitCode, new AnswerChange(indicator, request.product(), respondent,
                request.level(), request.note(), request.version()), user.username(), user.isAdmin());
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replaces a unit's answers as a whole (HQ); every answer is checked against the cycle's methodology")
    UnitAnswersResponse replace(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                                @Valid @RequestBody UnitAnswersRequest request) {
        UnitAnswersReplaced replaced = answers.replace(year, entityCode, unitCode, request.answers().stream()
                        .map(a -> new Answer(a.indicator(), a.product(), a.respondent(), a.level())).toList(),
                currentUser.require().username());
        return new UnitAnswersResponse(replaced.year(), replaced.entityCode(), replaced.unitCode(), replaced.count());
    }

    /** 409 with the answer as stored now, so the form can show both and lose neither. */
    @ExceptionHandler(StaleAnswerException.class)
    ResponseEntity<ProblemDetail> stale(StaleAnswerException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", e.messageKey());
        problem.setProperty("current", e.current());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

}
