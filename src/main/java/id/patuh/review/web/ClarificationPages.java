package id.patuh.review.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.CyclePhases;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusUnit;
import id.patuh.cycle.Phase;
import id.patuh.cycle.PhaseWindow;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.SavedAnswer;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.review.Clarification;
import id.patuh.review.ClarificationDecision;
import id.patuh.review.Clarifications;
import id.patuh.review.NewClarification;
import id.patuh.review.NewCounterEvidence;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The right of reply in the workspace: the coordinator's "provisional results and clarifications" page (findings per
 * unit with a form per item, the log of clarifications and decisions), and the office head's and HQ's queue of open
 * clarifications with a decision form each. Refusals come back beside the form they concern.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ClarificationPages {

    private final Clarifications clarifications;
    private final Cycles cycles;
    private final CyclePhases phases;
    private final Entities entities;
    private final Methodologies methodologies;
    private final Answers answers;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClarificationPages(Clarifications clarifications, Cycles cycles, CyclePhases phases, Entities entities,
                       Methodologies methodologies, Answers answers, CurrentUser currentUser, Clock clock) {
        this.clarifications = clarifications;
        this.cycles = cycles;
        this.phases = phases;
        this.entities = entities;
        this.methodologies = methodologies;
        this.answers = answers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A cycle on the overview, with its clarification window and (for deciders) how many wait for a decision. */
    record CycleLine(Cycle cycle, PhaseWindow window, int open) {
    }

    /** An open clarification in the queue, with what the decider needs beside it. */
    record QueueLine(Clarification clarification, Entity entity, String unitName, Indicator indicator,
                     SavedAnswer answer) {
    }

    @GetMapping("/workspace/clarifications")
    String overview(Model model) {
        PatuhUser user = currentUser.require();
        boolean decides = user.isAdmin() || user.role() == Role.OFFICE_HEAD;
        List<CycleLine> lines = new ArrayList<>();
        for (Cycle cycle : cycles.all()) {
            PhaseWindow window = phases.timeline(cycle.year()).window(Phase.CLARIFICATION).orElse(null);
            lines.add(new CycleLine(cycle, window, decides ? clarifications.queue(user, cycle.year()).size() : 0));
        }
        model.addAttribute("lines", lines);
        model.addAttribute("decides", decides);
        model.addAttribute("entityCode", user.role() == Role.ENTITY_COORDINATOR ? user.entityCode() : null);
        return "review/clarifications-overview";
    }

    @GetMapping("/workspace/cycles/{year}/entities/{entityCode}/clarifications")
    String entityPage(@PathVariable int year, @PathVariable String entityCode, Model model) {
        PatuhUser user = currentUser.require();
        var results = clarifications.provisional(user, year, entityCode);
        Methodology methodology = methodologies.require(cycles.require(year).methodologyId());
        Map<String, String> unitNames = new HashMap<>();
        cycles.locus(year, entityCode).forEach(u -> unitNames.put(u.unitCode(), u.unitName()));
        model.addAttribute("results", results);
        model.addAttribute("log", clarifications.list(user, year, entityCode));
        model.addAttribute("indicators", indicators(methodology));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("mayFile", user.role() == Role.ENTITY_COORDINATOR && entityCode.equals(user.entityCode()));
        model.addAttribute("mayDecide", clarifications.mayDecide(user, entities.require(entityCode)));
        model.addAttribute("filingClosed", clarifications.filingRefusal(year).orElse(null));
        model.addAttribute("zone", clock.getZone());
        return "review/clarifications";
    }

    /** Files a clarification on one finding, with a first counter-evidence file when one is chosen. */
    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/clarifications")
    String file(@PathVariable int year, @PathVariable String entityCode, @RequestParam String unitCode,
                @RequestParam String indicator, @RequestParam(defaultValue = "") String product,
                @RequestParam int respondent, @RequestParam(defaultValue = "") String statement,
                @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
        PatuhUser user = currentUser.require();
        String item = unitCode + "|" + indicator + "|" + product + "|" + respondent;
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            Clarification filed = clarifications.file(user, year, entityCode,
                    new NewClarification(unitCode, indicator, product, respondent, statement),
                    content == null ? null : new NewCounterEvidence(content, file.getOriginalFilename()));
            flash.addFlashAttribute("notice", "review.clarification.filed");
            return "redirect:" + entityPath(year, entityCode) + "#clarification-" + filed.id();
        } catch (DomainException refused) {
            rethrowUnlessFormError(refused);
            flash.addFlashAttribute("problem", refused);
            flash.addFlashAttribute("problemItem", item);
            flash.addFlashAttribute("draft", statement);
            return "redirect:" + entityPath(year, entityCode) + "#finding-" + item.replace('|', '-');
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/clarifications/{id}/evidence")
    String addEvidence(@PathVariable int year, @PathVariable String entityCode, @PathVariable long id,
                       @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
        PatuhUser user = currentUser.require();
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalidField("file", "capture.evidence.choose");
            }
            try (InputStream content = file.getInputStream()) {
                clarifications.addEvidence(user, year, entityCode, id,
                        new NewCounterEvidence(content, file.getOriginalFilename()));
            }
            flash.addFlashAttribute("notice", "review.clarification.evidenceAdded");
        } catch (DomainException refused) {
            rethrowUnlessFormError(refused);
            flash.addFlashAttribute("problem", refused);
            flash.addFlashAttribute("problemClarification", id);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        return "redirect:" + entityPath(year, entityCode) + "#clarification-" + id;
    }

    /** Serves a counter-evidence file to a signed-in page user (the API door is stateless and would not see the session). */
    @GetMapping("/workspace/cycles/{year}/entities/{entityCode}/clarifications/{id}/evidence/{evidenceId}")
    ResponseEntity<Resource> evidence(@PathVariable int year, @PathVariable String entityCode, @PathVariable long id,
                                      @PathVariable long evidenceId) {
        return ClarificationApi.file(clarifications, currentUser, year, entityCode, id, evidenceId);
    }

    @GetMapping("/workspace/cycles/{year}/clarifications")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    String queue(@PathVariable int year, Model model) {
        PatuhUser user = currentUser.require();
        Methodology methodology = methodologies.require(cycles.require(year).methodologyId());
        Map<String, Entity> entityCache = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        List<QueueLine> lines = new ArrayList<>();
        for (Clarification c : clarifications.queue(user, year)) {
            Entity entity = entityCache.computeIfAbsent(c.entityCode(), entities::require);
            if (!unitNames.containsKey(c.entityCode() + "|" + c.unitCode())) {
                for (LocusUnit u : cycles.locus(year, c.entityCode())) {
                    unitNames.put(u.entityCode() + "|" + u.unitCode(), u.unitName());
                }
            }
            Optional<SavedAnswer> answer = answers.ofUnit(year, c.entityCode(), c.unitCode()).stream()
                    .filter(a -> a.indicator().equals(c.indicator()) && Objects.equals(a.product(), c.product())
                            && a.respondent() == c.respondent())
                    .findFirst();
            lines.add(new QueueLine(c, entity, unitNames.get(c.entityCode() + "|" + c.unitCode()),
                    methodology.indicator(c.indicator()).orElseThrow(), answer.orElse(null)));
        }
        model.addAttribute("cycle", cycles.require(year));
        model.addAttribute("lines", lines);
        model.addAttribute("zone", clock.getZone());
        return "review/clarification-queue";
    }

    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/clarifications/{id}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    String decide(@PathVariable int year, @PathVariable String entityCode, @PathVariable long id,
                  @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String level,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        PatuhUser user = currentUser.require();
        try {
            Boolean accepted = switch (outcome) {
                case "accept" -> true;
                case "reject" -> false;
                default -> null;
            };
            Integer chosen;
            try {
                chosen = level.isBlank() ? null : Integer.valueOf(level.trim());
            } catch (NumberFormatException notALevel) {
                throw DomainException.invalidField("level", "methodology.score.notANumber", level);
            }
            clarifications.decide(user, year, entityCode, id, new ClarificationDecision(accepted,
                    Boolean.TRUE.equals(accepted) ? chosen : null, reason));
            flash.addFlashAttribute("notice", Boolean.TRUE.equals(accepted)
                    ? "review.clarification.accepted" : "review.clarification.rejected");
        } catch (DomainException refused) {
            rethrowUnlessFormError(refused);
            flash.addFlashAttribute("problem", refused);
            flash.addFlashAttribute("problemClarification", id);
            flash.addFlashAttribute("draft", reason);
            flash.addFlashAttribute("draftOutcome", outcome);
            return "redirect:/workspace/cycles/" + year + "/clarifications#clarification-" + id;
        }
        return "redirect:/workspace/cycles/" + year + "/clarifications";
    }

    /** Not found and forbidden are pages of their own; the rest is said beside the form. */
    private static void rethrowUnlessFormError(DomainException refused) {
        if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
            throw refused;
        }
    }

    private static Map<String, Indicator> indicators(Methodology methodology) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        methodology.indicators().forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    private static String entityPath(int year, String entityCode) {
        return "/workspace/cycles/" + year + "/entities/" + entityCode + "/clarifications";
    }
}
