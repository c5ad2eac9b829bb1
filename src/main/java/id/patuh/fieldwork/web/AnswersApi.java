package id.patuh.fieldwork.web;

import id.patuh.fieldwork.Answer;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.UnitAnswersReplaced;
import id.patuh.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A unit's answers over JSON, replaced as a whole (HQ for now; assessors' capture comes with the fieldwork issue). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Fieldwork", description = "Answers per unit, indicator and respondent")
class AnswersApi {

    private final Answers answers;
    private final CurrentUser currentUser;

    AnswersApi(Answers answers, CurrentUser currentUser) {
        this.answers = answers;
        this.currentUser = currentUser;
    }

    record AnswerRequest(@NotBlank String indicator, String product, @NotNull Integer respondent, @NotNull Integer level) {
    }

    record UnitAnswersRequest(@NotNull List<@Valid AnswerRequest> answers) {
    }

    record UnitAnswersResponse(int year, String entityCode, String unitCode, int answers) {
    }

    @PutMapping("/api/v1/cycles/{year}/entities/{entityCode}/units/{unitCode}/answers")
    @Operation(summary = "Replaces a unit's answers as a whole; every answer is checked against the cycle's methodology")
    UnitAnswersResponse replace(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                                @Valid @RequestBody UnitAnswersRequest request) {
        UnitAnswersReplaced replaced = answers.replace(year, entityCode, unitCode, request.answers().stream()
                .map(a -> new Answer(a.indicator(), a.product(), a.respondent(), a.level())).toList(),
                currentUser.require().username());
        return new UnitAnswersResponse(replaced.year(), replaced.entityCode(), replaced.unitCode(), replaced.count());
    }
}
