package id.patuh.cycle.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.CyclePhases;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusCopied;
import id.patuh.cycle.LocusEntry;
import id.patuh.cycle.Phase;
import id.patuh.cycle.PhaseWindow;
import id.patuh.cycle.Timeline;
import id.patuh.identity.CurrentUser;
import id.patuh.methodology.Methodologies;
import id.patuh.registry.Entities;
import id.patuh.registry.ServiceProduct;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** HQ's list of assessment years, the form that opens one, and a year's setup: timeline and locus. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CyclePages {

    private final Cycles cycles;
    private final CyclePhases phases;
    private final Methodologies methodologies;
    private final Entities entities;
    private final CurrentUser currentUser;

    CyclePages(Cycles cycles, CyclePhases phases, Methodologies methodologies, Entities entities,
               CurrentUser currentUser) {
        this.cycles = cycles;
        this.phases = phases;
        this.methodologies = methodologies;
        this.entities = entities;
        this.currentUser = currentUser;
    }

    /** One entity's line in the locus summary. */
    record EntityLocus(String entityCode, String entityName, int units, int unitsWithoutProducts) {
    }

    @GetMapping("/workspace/cycles")
    String list(Model model) {
        model.addAttribute("cycles", cycles.all());
        model.addAttribute("methodologies", methodologies.all());
        return "cycle/list";
    }

    @PostMapping("/workspace/cycles")
    String open(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String methodologyId,
                Model model, RedirectAttributes flash) {
        try {
            if (year == null) {
                throw DomainException.invalidField("year", "cycle.yearOutOfRange", "—", 2013, 2100);
            }
            cycles.open(year, methodologyId);
            flash.addFlashAttribute("notice", "cycle.opened");
            return "redirect:/workspace/cycles/" + year;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("problem", e);
            model.addAttribute("year", year);
            model.addAttribute("methodologyId", methodologyId);
            return list(model);
        }
    }

    @GetMapping("/workspace/cycles/{year}/setup")
    String setup(@PathVariable int year, @RequestParam(required = false) String entity, Model model) {
        Cycle cycle = cycles.require(year);
        Timeline timeline = phases.timeline(year);
        LocalDate today = phases.today();
        model.addAttribute("cycle", cycle);
        model.addAttribute("timeline", timeline);
        model.addAttribute("today", today);
        model.addAttribute("currentPhase", timeline.phaseOn(today).orElse(null));
        model.addAttribute("assessorRefusal", timeline.captureRefusal(today, false).orElse(null));
        model.addAttribute("resultsFixed", timeline.fixingPhaseBegun(today).isPresent());
        if (!model.containsAttribute("windows")) {
            model.addAttribute("windows", timeline.allPhases());
        }
        List<LocusEntry> locus = cycles.locusEntries(year, null);
        Map<String, EntityLocus> byEntity = new LinkedHashMap<>();
        for (LocusEntry e : locus) {
            EntityLocus seen = byEntity.get(e.unit().entityCode());
            int withoutProducts = e.observedProducts().isEmpty() ? 1 : 0;
            byEntity.put(e.unit().entityCode(), seen == null
                    ? new EntityLocus(e.unit().entityCode(), e.unit().entityName(), 1, withoutProducts)
                    : new EntityLocus(seen.entityCode(), seen.entityName(), seen.units() + 1,
                    seen.unitsWithoutProducts() + withoutProducts));
        }
        model.addAttribute("locusEntities", List.copyOf(byEntity.values()));
        model.addAttribute("locusUnits", locus.size());
        model.addAttribute("earlierYears", cycles.all().stream().map(Cycle::year).filter(y -> y < year).toList());
        if (entity != null && !entity.isBlank()) {
            var registered = entities.require(entity.trim());
            Map<String, Set<String>> chosen = cycles.locusEntries(year, registered.code()).stream()
                    .collect(Collectors.toMap(e -> e.unit().unitCode(), e -> e.observedProducts().stream()
                            .map(ServiceProduct::code).collect(Collectors.toSet())));
            model.addAttribute("entity", registered);
            model.addAttribute("chosen", chosen);
        }
        return "cycle/setup";
    }

    @PostMapping("/workspace/cycles/{year}/phases")
    String schedule(@PathVariable int year, @RequestParam Map<String, String> form, Model model,
                    RedirectAttributes flash) {
        List<PhaseWindow> windows = new ArrayList<>();
        List<PhaseWindow> shown = new ArrayList<>();
        try {
            for (Phase phase : Phase.values()) {
                String start = form.getOrDefault("start." + phase.name(), "").trim();
                String end = form.getOrDefault("end." + phase.name(), "").trim();
                shown.add(new PhaseWindow(phase, date(start), date(end)));
                if (!start.isEmpty() || !end.isEmpty()) {
                    windows.add(new PhaseWindow(phase, date(start), date(end)));
                }
            }
            phases.schedule(year, windows);
            flash.addFlashAttribute("notice", "cycle.phase.scheduled");
            return "redirect:/workspace/cycles/" + year + "/setup";
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            model.addAttribute("problem", e);
            if (shown.size() == Phase.values().length) {
                model.addAttribute("windows", shown);
            }
            return setup(year, null, model);
        }
    }

    @PostMapping("/workspace/cycles/{year}/locus/copy")
    String copyLocus(@PathVariable int year, @RequestParam(required = false) Integer fromYear, Model model,
                     RedirectAttributes flash) {
        try {
            if (fromYear == null) {
                throw DomainException.invalidField("fromYear", "cycle.locus.copyFromEarlier", "—", year);
            }
            LocusCopied copied = cycles.copyLocus(year, fromYear, currentUser.require().username());
            flash.addFlashAttribute("copiedFrom", String.valueOf(copied.fromYear()));
            flash.addFlashAttribute("unitsCopied", copied.unitsCopied());
            flash.addFlashAttribute("productChoicesCopied", copied.productChoicesCopied());
            flash.addFlashAttribute("alreadyInLocus", copied.skipped().stream()
                    .filter(s -> s.reason() == LocusCopied.Reason.ALREADY_IN_LOCUS).count());
            flash.addFlashAttribute("notRegistered", copied.skipped().stream()
                    .filter(s -> s.reason() == LocusCopied.Reason.NOT_REGISTERED)
                    .map(s -> s.entityCode() + "/" + s.unitCode()).collect(Collectors.joining(", ")));
            return "redirect:/workspace/cycles/" + year + "/setup";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("problem", e);
            return setup(year, null, model);
        }
    }

    @PostMapping("/workspace/cycles/{year}/locus/{entityCode}/units/{unitCode}/products")
    String chooseProducts(@PathVariable int year, @PathVariable String entityCode, @PathVariable String unitCode,
                          @RequestParam(required = false) List<String> products, Model model,
                          RedirectAttributes flash) {
        try {
            cycles.chooseProducts(year, entityCode, unitCode, products == null ? List.of() : products,
                    currentUser.require().username());
            flash.addFlashAttribute("notice", "cycle.locus.productsChosen");
            return "redirect:/workspace/cycles/" + year + "/setup?entity="
                    + UriUtils.encodeQueryParam(entityCode, StandardCharsets.UTF_8) + "#unit-"
                    + UriUtils.encodeFragment(unitCode, StandardCharsets.UTF_8);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("problem", e);
            model.addAttribute("problemUnit", unitCode);
            return setup(year, entityCode, model);
        }
    }

    /** HTML date inputs send ISO dates; anything else is a typing slip worth naming. */
    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("cycle.phase.badDate", text);
        }
    }
}
