package id.patuh.results.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.identity.CurrentUser;
import id.patuh.results.DeterminationRequest;
import id.patuh.results.Determinations;
import id.patuh.results.UnitNotReady;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** HQ's determination page: the decree form, the list of what blocks it, the versions and errata, reopening. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DeterminationPages {

    private final Determinations determinations;
    private final Cycles cycles;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeterminationPages(Determinations determinations, Cycles cycles, CurrentUser currentUser, Clock clock) {
        this.determinations = determinations;
        this.cycles = cycles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/workspace/cycles/{year}/determination")
    String page(@PathVariable int year, Model model) {
        var cycle = cycles.require(year);
        var current = determinations.current(year);
        model.addAttribute("cycle", cycle);
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("published", current.map(d -> d.publishedAt(clock.instant())).orElse(false));
        model.addAttribute("publicVersion", determinations.published(year).map(d -> d.version()).orElse(null));
        model.addAttribute("reopenedReason", cycles.reopenedReason(year).orElse(null));
        if (!model.containsAttribute("notReady")) {
            model.addAttribute("notReady", List.of());
        }
        return "results/determination";
    }

    @PostMapping("/workspace/cycles/{year}/determination")
    String determine(@PathVariable int year, @RequestParam(required = false) String decreeNumber,
                     @RequestParam(required = false) String decreeDate, @RequestParam(required = false) String publishAt,
                     @RequestParam(required = false) String reason, Model model, RedirectAttributes flash) {
        try {
            var made = determinations.determine(year, new DeterminationRequest(decreeNumber, date(decreeDate),
                    time(publishAt), reason), currentUser.require());
            flash.addFlashAttribute("notice", made.version() == 1 ? "results.determination.done" : "results.determination.corrected");
            return "redirect:/workspace/cycles/" + year + "/determination";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("problem", e);
            Object units = e.properties().get("units");
            model.addAttribute("notReady", units instanceof List<?> list ? list.stream().map(UnitNotReady.class::cast).toList() : List.of());
            model.addAttribute("formDecreeNumber", decreeNumber);
            model.addAttribute("formDecreeDate", decreeDate);
            model.addAttribute("formPublishAt", publishAt);
            model.addAttribute("formReason", reason);
            return page(year, model);
        }
    }

    @PostMapping("/workspace/cycles/{year}/determination/reopen")
    String reopen(@PathVariable int year, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes flash) {
        try {
            determinations.reopen(year, reason, currentUser.require());
            flash.addFlashAttribute("notice", "results.determination.reopened");
            return "redirect:/workspace/cycles/" + year + "/determination";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("reopenProblem", e);
            return page(year, model);
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("decreeDate", "results.determination.badDate", text);
        }
    }

    /** A datetime-local field has no offset: it is read in the server's zone (Asia/Jakarta, WIB). */
    private OffsetDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text.trim());
            return local.atZone(clock.getZone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("publishAt", "results.determination.badTime", text);
        }
    }
}
