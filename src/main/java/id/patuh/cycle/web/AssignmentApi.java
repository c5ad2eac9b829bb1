package id.patuh.cycle.web;

import id.patuh.cycle.AssignedUnit;
import id.patuh.cycle.Assignment;
import id.patuh.cycle.AssignmentOutcome;
import id.patuh.cycle.AssignmentWarning;
import id.patuh.cycle.Assignments;
import id.patuh.cycle.ConflictOfInterest;
import id.patuh.cycle.ConflictsOfInterest;
import id.patuh.cycle.Workload;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.StaffMember;
import id.patuh.registry.ServiceProduct;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Assignments of assessors to locus units over JSON: office heads within their provinces and office, HQ everywhere;
 * assessors read their own and declare conflicts of interest.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Assignments", description = "Assessors per unit, workload, conflicts of interest, respondents confirmed")
class AssignmentApi {

    private final Assignments assignments;
    private final ConflictsOfInterest conflicts;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    AssignmentApi(Assignments assignments, ConflictsOfInterest conflicts, CurrentUser currentUser,
                  MessageSource messages) {
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    record AssignRequest(String assessor, LocalDate visitDate) {
    }

    record ConfirmationRequest(LocalDate confirmedOn, String contact, LocalDate visitDate) {
    }

    record ConflictRequest(String entityCode, String reason) {
    }

    record Person(String username, String displayName, String officeCode) {
        static Person of(StaffMember m) {
            return m == null ? null : new Person(m.username(), m.displayName(), m.officeCode());
        }
    }

    record Warning(String code, String message) {
    }

    record AssignmentResponse(int year, String entityCode, String entityName, String provinceCode, String unitCode,
                              String unitName, String unitKind, List<ServiceProduct> products, Person assessor,
                              String assignedBy, OffsetDateTime assignedAt, LocalDate visitDate,
                              LocalDate respondentsConfirmedOn, String respondentsContact, boolean conflictOfInterest,
                              List<Warning> warnings) {
    }

    record AssessorLoadResponse(String username, String displayName, String officeCode, int units,
                                List<UnitRef> assignments) {
    }

    record UnitRef(String entityCode, String entityName, String unitCode, String unitName) {
    }

    record WorkloadResponse(int year, String officeCode, long unassigned, List<AssessorLoadResponse> assessors,
                            List<AssignmentResponse> units) {
    }

    @PutMapping("/cycles/{year}/assignments/{entityCode}/units/{unitCode}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "Assigns an assessor to a locus unit (visitDate optional, kept when omitted); 409 on a declared "
            + "conflict of interest; warnings when the assessor had the unit last cycle")
    AssignmentResponse assign(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                              @RequestBody AssignRequest request) {
        return response(assignments.assign(currentUser.require(), year, entityCode, unitCode, request.assessor(),
                request.visitDate()));
    }

    @DeleteMapping("/cycles/{year}/assignments/{entityCode}/units/{unitCode}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leaves a unit without an assessor")
    void unassign(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode) {
        assignments.unassign(currentUser.require(), year, entityCode, unitCode);
    }

    @PostMapping("/cycles/{year}/assignments/{entityCode}/units/{unitCode}/respondents-confirmed")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    @Operation(summary = "Records that respondents were confirmed with the unit (visitDate kept when omitted); warns "
            + "when that was less than 7 days before the visit")
    AssignmentResponse confirmRespondents(@PathVariable int year, @PathVariable String entityCode,
                                          @PathVariable String unitCode, @RequestBody ConfirmationRequest request) {
        return response(assignments.confirmRespondents(currentUser.require(), year, entityCode, unitCode,
                request.confirmedOn(), request.contact(), request.visitDate()));
    }

    @GetMapping("/cycles/{year}/assignments")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "Workload: locus units of an office's provinces with their assessors, and units per assessor "
            + "(an office head: their own office; HQ: ?office= or the whole locus)")
    WorkloadResponse workload(@PathVariable int year, @RequestParam(required = false) String office) {
        Workload workload = assignments.workload(currentUser.require(), year, office);
        return new WorkloadResponse(workload.year(), workload.officeCode(), workload.unassigned(),
                workload.assessors().stream().map(load -> new AssessorLoadResponse(load.assessor().username(),
                        load.assessor().displayName(), load.assessor().officeCode(), load.unitCount(),
                        load.units().stream().map(u -> new UnitRef(u.unit().unit().entityCode(),
                                u.unit().unit().entityName(), u.unit().unit().unitCode(), u.unit().unit().unitName()))
                                .toList())).toList(),
                workload.units().stream().map(u -> response(u, List.of())).toList());
    }

    @GetMapping("/me/assignments")
    @Operation(summary = "The caller's own assignments, newest cycle first (?year= for one cycle)")
    List<AssignmentResponse> mine(@RequestParam(required = false) Integer year) {
        return assignments.ofAssessor(currentUser.require(), year).stream().map(u -> response(u, List.of())).toList();
    }

    @GetMapping("/me/conflicts")
    @Operation(summary = "The conflicts of interest the caller has declared")
    List<ConflictOfInterest> myConflicts() {
        return conflicts.of(currentUser.require().id());
    }

    @PostMapping("/me/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ASSESSOR')")
    @Operation(summary = "An assessor declares a conflict of interest with an entity (declaring again updates the reason)")
    ConflictOfInterest declare(@RequestBody ConflictRequest request) {
        return conflicts.declare(currentUser.require(), request.entityCode(), request.reason());
    }

    private AssignmentResponse response(AssignmentOutcome outcome) {
        return response(outcome.unit(), outcome.warnings());
    }

    private AssignmentResponse response(AssignedUnit unit, List<AssignmentWarning> warnings) {
        Assignment a = unit.assignment();
        var u = unit.unit().unit();
        return new AssignmentResponse(u.year(), u.entityCode(), u.entityName(), u.provinceCode(), u.unitCode(),
                u.unitName(), u.unitKind(), unit.unit().observedProducts(), a == null ? null : Person.of(a.assessor()),
                a == null ? null : a.assignedBy(), a == null ? null : a.assignedAt(), a == null ? null : a.visitDate(),
                a == null ? null : a.respondentsConfirmedOn(), a == null ? null : a.respondentsContact(),
                unit.conflictOfInterest(),
                warnings.stream().map(w -> new Warning(w.messageKey(), messages.getMessage(w.messageKey(),
                        w.arguments().toArray(), LocaleContextHolder.getLocale()))).toList());
    }
}
