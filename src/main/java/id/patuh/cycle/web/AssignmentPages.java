package id.patuh.cycle.web;

import id.patuh.DomainException;
import id.patuh.cycle.AssignmentOutcome;
import id.patuh.cycle.AssignmentWarning;
import id.patuh.cycle.Assignments;
import id.patuh.cycle.ConflictsOfInterest;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.CyclePhases;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.Timeline;
import id.patuh.cycle.Workload;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.identity.StaffMember;
import id.patuh.registry.RegionalOffices;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assignment pages: an office head (or HQ, per office) assigns assessors to the locus units of the office's
 * provinces and sees each assessor's load; assessors record the respondents' confirmation and declare conflicts of
 * interest from their dashboard.
 */
@Controller
class AssignmentPages {

    private final Assignments assignments;
    private final ConflictsOfInterest conflicts;
    private final Cycles cycles;
    private final CyclePhases phases;
    private final RegionalOffices offices;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    AssignmentPages(Assignments assignments, ConflictsOfInterest conflicts, Cycles cycles, CyclePhases phases,
                    RegionalOffices offices, CurrentUser currentUser, MessageSource messages) {
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.cycles = cycles;
        this.phases = phases;
        this.offices = offices;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/workspace/assignments")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String office,
                Model model) {
        PatuhUser viewer = currentUser.require();
        List<Cycle> all = cycles.all();
        model.addAttribute("cycles", all);
        model.addAttribute("offices", offices.all());
        if (all.isEmpty()) {
            return "cycle/assignments";
        }
        int shown = year != null ? cycles.require(year).year() : all.get(0).year();
        String chosenOffice = viewer.isAdmin() ? (office == null || office.isBlank() ? null : office.trim())
                : viewer.officeCode();
        model.addAttribute("year", shown);
        model.addAttribute("office", chosenOffice);
        Timeline timeline = phases.timeline(shown);
        LocalDate today = phases.today();
        model.addAttribute("currentPhase", timeline.phaseOn(today).orElse(null));
        model.addAttribute("locked", timeline.fixingPhaseBegun(today).isPresent());
        if (chosenOffice == null) {
            // HQ picks an office first: a national list with a select per unit would not help anyone.
            return "cycle/assignments";
        }
        Workload workload = assignments.workload(viewer, shown, chosenOffice);
        model.addAttribute("workload", workload);
        model.addAttribute("assessorOptions", workload.assessors().stream().map(Workload.AssessorLoad::assessor)
                .filter(StaffMember::activeAssessor).toList());
        model.addAttribute("officeName", offices.require(chosenOffice).name());
        return "cycle/assignments";
    }

    @PostMapping("/workspace/assignments/{year}/{entityCode}/{unitCode}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    String assign(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                  @RequestParam(defaultValue = "") String assessor, @RequestParam(defaultValue = "") String visitDate,
                  @RequestParam(required = false) String office, RedirectAttributes flash) {
        PatuhUser user = currentUser.require();
        try {
            if (assessor.isBlank()) {
                assignments.unassign(user, year, entityCode, unitCode);
                flash.addFlashAttribute("notice", "cycle.assignment.removed");
            } else {
                AssignmentOutcome outcome = assignments.assign(user, year, entityCode, unitCode, assessor,
                        date(visitDate));
                flash.addFlashAttribute("notice", "cycle.assignment.saved");
                flash.addFlashAttribute("warnings", resolved(outcome.warnings()));
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute("alert", message(e.messageKey(), e.arguments()));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/workspace/assignments").queryParam("year", year)
                .queryParamIfPresent("office", Optional.ofNullable(user.isAdmin() ? office : null))
                .encode().build().toUriString();
    }

    @PostMapping("/workspace/assignments/{year}/{entityCode}/{unitCode}/respondents")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    String confirmRespondents(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                              @RequestParam(defaultValue = "") String confirmedOn,
                              @RequestParam(defaultValue = "") String contact,
                              @RequestParam(defaultValue = "") String visitDate,
                              @RequestParam(required = false) String office, RedirectAttributes flash) {
        PatuhUser user = currentUser.require();
        try {
            AssignmentOutcome outcome = assignments.confirmRespondents(user, year, entityCode, unitCode,
                    date(confirmedOn), contact, date(visitDate));
            flash.addFlashAttribute("notice", "cycle.assignment.confirmed");
            flash.addFlashAttribute("warnings", resolved(outcome.warnings()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute("alert", message(e.messageKey(), e.arguments()));
        }
        if (user.role() == Role.ASSESSOR) {
            return "redirect:/workspace";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/workspace/assignments").queryParam("year", year)
                .queryParamIfPresent("office", Optional.ofNullable(user.isAdmin() ? office : null))
                .encode().build().toUriString();
    }

    @PostMapping("/workspace/conflicts")
    @PreAuthorize("hasRole('ASSESSOR')")
    String declareConflict(@RequestParam(defaultValue = "") String entityCode,
                           @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        try {
            conflicts.declare(currentUser.require(), entityCode, reason);
            flash.addFlashAttribute("notice", "cycle.conflict.declared");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            flash.addFlashAttribute("alert", message(e.messageKey(), e.arguments()));
        }
        return "redirect:/workspace";
    }

    /** Flash attributes live in the session store, so they carry finished sentences, not message arguments. */
    private ArrayList<String> resolved(List<AssignmentWarning> warnings) {
        ArrayList<String> texts = new ArrayList<>();
        warnings.forEach(w -> texts.add(message(w.messageKey(), w.arguments().toArray())));
        return texts;
    }

    private String message(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("cycle.phase.badDate", text);
        }
    }
}
