package id.patuh.improvement.web;

import id.patuh.DomainException;
import id.patuh.identity.CurrentUser;
import id.patuh.improvement.ActionDraft;
import id.patuh.improvement.ActionProgress;
import id.patuh.improvement.ActionSource;
import id.patuh.improvement.ActionStatus;
import id.patuh.improvement.ComponentStatus;
import id.patuh.improvement.EntityPrediction;
import id.patuh.improvement.EntityReadiness;
import id.patuh.improvement.EvidenceRef;
import id.patuh.improvement.Finding;
import id.patuh.improvement.Findings;
import id.patuh.improvement.ImprovementAction;
import id.patuh.improvement.ImprovementActions;
import id.patuh.improvement.Readiness;
import id.patuh.improvement.Reconciliation;
import id.patuh.improvement.Reconciliations;
import id.patuh.improvement.SelfAssessedAnswer;
import id.patuh.improvement.SelfAssessmentRound;
import id.patuh.improvement.SelfAssessments;
import id.patuh.improvement.StandardComponents;
import id.patuh.improvement.UnitPrediction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The entity workspace as JSON: self-assessment rounds, answers, evidence and predictions; readiness; standard
 * components; official findings; improvement actions; reconciliation. Scope is checked in the module.
 */
@RestController
@RequestMapping("/api/v1/improvement/entities/{entityCode}")
@Tag(name = "Improvement", description = "Self-assessment, readiness, improvement plans and reconciliation of an entity")
class ImprovementApi {

    private final SelfAssessments selfAssessments;
    private final Readiness readiness;
    private final StandardComponents components;
    private final Findings findings;
    private final ImprovementActions actions;
    private final Reconciliations reconciliations;
    private final CurrentUser currentUser;

    ImprovementApi(SelfAssessments selfAssessments, Readiness readiness, StandardComponents components,
                   Findings findings, ImprovementActions actions, Reconciliations reconciliations,
                   CurrentUser currentUser) {
        this.selfAssessments = selfAssessments;
        this.readiness = readiness;
        this.components = components;
        this.findings = findings;
        this.actions = actions;
        this.reconciliations = reconciliations;
        this.currentUser = currentUser;
    }

    record OpenRoundRequest(String methodologyId) {
    }

    record SharingRequest(Boolean shared) {
    }

    record AnswerRequest(Integer level, String note) {
    }

    record UnitRoundResponse(SelfAssessmentRound round, UnitPrediction prediction, List<SelfAssessedAnswer> answers,
                             List<EvidenceRef> evidence) {
    }

    record ComponentRequest(Boolean published, String publishedWhere, LocalDate reviewedOn) {
    }

    record ActionRequest(String unitCode, String indicatorCode, ActionSource source, Integer findingYear, Long roundId,
                         String description, String owner, LocalDate dueDate) {
    }

    record ProgressRequest(ActionStatus status, String completionNote) {
    }

    @GetMapping("/self-assessments")
    @Operation(summary = "The entity's rounds, newest first: all for its own users, shared ones for the Ombudsman")
    List<SelfAssessmentRound> rounds(@PathVariable String entityCode) {
        return selfAssessments.rounds(currentUser.require(), entityCode);
    }

    @PostMapping("/self-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opens a round (coordinator) under the current methodology, or the one named; 409 while one is open")
    SelfAssessmentRound open(@PathVariable String entityCode, @RequestBody(required = false) OpenRoundRequest body) {
        return selfAssessments.open(currentUser.require(), entityCode, body == null ? null : body.methodologyId());
    }

    @GetMapping("/self-assessments/{roundId}")
    @Operation(summary = "A round with its predicted entity result and each unit's predicted result and gaps")
    EntityPrediction round(@PathVariable String entityCode, @PathVariable long roundId) {
        return selfAssessments.prediction(currentUser.require(), entityCode, roundId);
    }

    @PostMapping("/self-assessments/{roundId}/close")
    @Operation(summary = "Closes the open round (coordinator); its answers stay for the trend")
    SelfAssessmentRound close(@PathVariable String entityCode, @PathVariable long roundId) {
        return selfAssessments.close(currentUser.require(), entityCode, roundId);
    }

    @PutMapping("/self-assessments/{roundId}/sharing")
    @Operation(summary = "Shares the round with the Ombudsman (read-only) or withdraws it (coordinator)")
    SelfAssessmentRound share(@PathVariable String entityCode, @PathVariable long roundId,
                              @RequestBody(required = false) SharingRequest body) {
        if (body == null || body.shared() == null) {
            throw DomainException.invalidField("shared", "improvement.round.sharedRequired");
        }
        return selfAssessments.share(currentUser.require(), entityCode, roundId, body.shared());
    }

    @GetMapping("/self-assessments/{roundId}/units/{unitCode}")
    @Operation(summary = "One unit in a round: its predicted result, gaps by points at stake, answers and evidence")
    UnitRoundResponse unit(@PathVariable String entityCode, @PathVariable long roundId, @PathVariable String unitCode) {
        var user = currentUser.require();
        return new UnitRoundResponse(selfAssessments.round(user, entityCode, roundId),
                selfAssessments.unitPrediction(user, entityCode, roundId, unitCode),
                selfAssessments.answers(user, entityCode, roundId, unitCode),
                selfAssessments.evidence(user, entityCode, roundId, unitCode));
    }

    @PutMapping("/self-assessments/{roundId}/units/{unitCode}/answers/{indicator}")
    @Operation(summary = "Saves a unit's self-estimated level of one indicator in the open round (null clears it); "
            + "answers with the unit's new prediction")
    UnitPrediction answer(@PathVariable String entityCode, @PathVariable long roundId, @PathVariable String unitCode,
                          @PathVariable String indicator, @RequestBody(required = false) AnswerRequest body) {
        var user = currentUser.require();
        selfAssessments.save(user, entityCode, roundId, unitCode, indicator, body == null ? null : body.level(),
                body == null ? null : body.note());
        return selfAssessments.unitPrediction(user, entityCode, roundId, unitCode);
    }

    @PostMapping(path = "/self-assessments/{roundId}/units/{unitCode}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attaches a photo (JPEG, PNG, WebP) or PDF to a unit's answers, told from its bytes, up to "
            + "PATUH_EVIDENCE_MAX_BYTES; 400 with a message for another type, an empty or an oversized file")
    EvidenceRef evidence(@PathVariable String entityCode, @PathVariable long roundId, @PathVariable String unitCode,
                         @RequestPart("file") MultipartFile file, @RequestParam(required = false) String indicator) {
        try (InputStream content = file.getInputStream()) {
            return selfAssessments.addEvidence(currentUser.require(), entityCode, roundId, unitCode, indicator,
                    file.getOriginalFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    @GetMapping("/self-assessments/{roundId}/reconciliation")
    @Operation(summary = "The round against a published cycle (newest by default): per indicator self − official, "
            + "and the tendency to over- or under-state")
    Reconciliation reconciliation(@PathVariable String entityCode, @PathVariable long roundId,
                                  @RequestParam(required = false) Integer year) {
        return reconciliations.of(currentUser.require(), entityCode, roundId, year);
    }

    @GetMapping("/readiness")
    @Operation(summary = "The coordinator's dashboard: every unit's last self-assessment, predicted score, missing "
            + "evidence, overdue flag and standard components (a unit operator: its unit)")
    EntityReadiness readiness(@PathVariable String entityCode) {
        return readiness.of(currentUser.require(), entityCode);
    }

    @GetMapping("/units/{unitCode}/components")
    @Operation(summary = "A unit's 14 standard components: published where, reviewed when")
    List<ComponentStatus> components(@PathVariable String entityCode, @PathVariable String unitCode) {
        return components.of(currentUser.require(), entityCode, unitCode);
    }

    @PutMapping("/units/{unitCode}/components/{component}")
    @Operation(summary = "Records one standard component of a unit (a published one says where)")
    ComponentStatus component(@PathVariable String entityCode, @PathVariable String unitCode,
                              @PathVariable String component, @RequestBody(required = false) ComponentRequest body) {
        if (body == null || body.published() == null) {
            throw DomainException.invalidField("published", "improvement.component.publishedRequired");
        }
        return components.record(currentUser.require(), entityCode, unitCode, component, body.published(),
                body.publishedWhere(), body.reviewedOn());
    }

    @GetMapping("/findings")
    @Operation(summary = "Official findings of a published year (newest by default): indicators that lost points, "
            + "most first, with recurrence")
    List<Finding> findings(@PathVariable String entityCode, @RequestParam(required = false) Integer year) {
        return findings.of(currentUser.require(), entityCode, year);
    }

    @GetMapping("/actions")
    @Operation(summary = "The improvement plan's actions, by due date, with follow-up in the next official cycle")
    List<ImprovementAction> actions(@PathVariable String entityCode) {
        return actions.of(currentUser.require(), entityCode);
    }

    @PostMapping("/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds an action; 400 with the field when the owner, due date or description is missing")
    ImprovementAction addAction(@PathVariable String entityCode, @RequestBody(required = false) ActionRequest body) {
        ActionRequest b = body == null ? new ActionRequest(null, null, null, null, null, null, null, null) : body;
        return actions.add(currentUser.require(), entityCode, new ActionDraft(b.unitCode(), b.indicatorCode(),
                b.source(), b.findingYear(), b.roundId(), b.description(), b.owner(), b.dueDate()));
    }

    @PutMapping("/actions/{id}/status")
    @Operation(summary = "Moves an action on; DONE needs a completion note or an attached file")
    ImprovementAction progress(@PathVariable String entityCode, @PathVariable long id,
                               @RequestBody(required = false) ProgressRequest body) {
        return actions.progress(currentUser.require(), entityCode, id,
                new ActionProgress(body == null ? null : body.status(), body == null ? null : body.completionNote()));
    }

    @PostMapping(path = "/actions/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attaches a photo or PDF as evidence that the action was carried out")
    EvidenceRef actionEvidence(@PathVariable String entityCode, @PathVariable long id,
                               @RequestPart("file") MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            return actions.addEvidence(currentUser.require(), entityCode, id, file.getOriginalFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
