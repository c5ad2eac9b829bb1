package id.patuh.methodology.web;

import id.patuh.DomainException;
import id.patuh.methodology.GradeBand;
import id.patuh.methodology.InvalidMethodologyException;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.methodology.MethodologySummary;
import id.patuh.methodology.Zone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Methodology versions over JSON: list, tree, grading, and (for HQ) upload, clone and revision of YAML. */
@RestController
@RequestMapping("/api/v1/methodologies")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Methodology", description = "Versioned methodologies: dimensions, indicators, weights, grade bands")
class MethodologyApi {

    private final Methodologies methodologies;
    private final MessageSource messages;

    MethodologyApi(Methodologies methodologies, MessageSource messages) {
        this.methodologies = methodologies;
        this.messages = messages;
    }

    record MethodologyResponse(String id, String name, String years, Integer firstYear, Integer lastYear,
                               String status, String origin, String derivedFrom, boolean locked) {
        static MethodologyResponse of(MethodologySummary s) {
            boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
            return new MethodologyResponse(s.id(), english ? s.name().en() : s.name().id(), s.years().toString(),
                    s.years().firstYear(), s.years().lastYear(), s.status().name(), s.origin().name(),
                    s.derivedFrom(), s.locked());
        }
    }

    record GradeResponse(BigDecimal score, String category, String opinion, Zone zone) {
    }

    record CloneRequest(@NotBlank String id) {
    }

    @GetMapping
    @Operation(summary = "Every stored methodology version")
    List<MethodologyResponse> all() {
        return methodologies.all().stream().map(MethodologyResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One version as a tree: dimensions, variables, indicators, scales, bands, aggregation rules")
    Methodology tree(@PathVariable String id) {
        return methodologies.require(id);
    }

    @GetMapping(value = "/{id}/yaml", produces = "application/yaml")
    @Operation(summary = "One version's YAML source")
    String yaml(@PathVariable String id) {
        return methodologies.yaml(id);
    }

    @GetMapping("/{id}/grade")
    @Operation(summary = "The category, opinion and zone of a score (0–100, at most 2 decimals) under this version")
    GradeResponse grade(@PathVariable String id, @RequestParam String score) {
        BigDecimal value = parseScore(score);
        GradeBand band = methodologies.require(id).gradeFor(value);
        return new GradeResponse(value, band.category(), band.opinion() == null ? null : band.opinion().id(), band.zone());
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Uploads a new version as YAML; an invalid file is rejected whole with every error and its path")
    MethodologyResponse upload(@RequestBody String yaml) {
        return MethodologyResponse.of(methodologies.upload(yaml));
    }

    @PostMapping("/{id}/clone")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copies a version under a new id, to be revised")
    MethodologyResponse copy(@PathVariable String id, @Valid @RequestBody CloneRequest request) {
        return MethodologyResponse.of(methodologies.copy(id, request.id()));
    }

    @PutMapping(value = "/{id}", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Replaces an uploaded or cloned version's YAML; shipped and locked versions refuse (409)")
    MethodologyResponse revise(@PathVariable String id, @RequestBody String yaml) {
        return MethodologyResponse.of(methodologies.revise(id, yaml));
    }

    @ExceptionHandler(InvalidMethodologyException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMethodologyException e) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
                "methodology.invalid", new Object[]{e.errors().size()}, LocaleContextHolder.getLocale()));
        problem.setProperty("errors", e.errors().stream().map(error -> Map.of(
                "path", error.path(),
                "kind", error.kind().name(),
                "message", english ? error.message().en() : error.message().id(),
                "line", error.line(),
                "column", error.column())).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /** A score as published: 0–100 with at most two decimals; anything else is the caller's mistake. */
    static BigDecimal parseScore(String text) {
        BigDecimal score;
        try {
            score = new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("score", "methodology.score.notANumber", text);
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalidField("score", "methodology.score.outOfRange", text);
        }
        if (score.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalidField("score", "methodology.score.tooManyDecimals", text);
        }
        return score.setScale(2);
    }
}
