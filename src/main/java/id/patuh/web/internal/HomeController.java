package id.patuh.web.internal;

import id.patuh.cycle.Cycles;
import id.patuh.DomainException;
import id.patuh.cycle.AssignedUnit;
import id.patuh.cycle.Assignments;
import id.patuh.cycle.ConflictsOfInterest;
import id.patuh.cycle.CyclePhases;
import id.patuh.cycle.Phase;
import id.patuh.cycle.Timeline;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySearch;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.EntityType;
import id.patuh.registry.Provinces;
import id.patuh.registry.RegionalOffices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public front page and each role's workspace dashboard, showing only what the user's scope covers. */
@Controller
class HomeController {

    private final Entities entities;
    private final Provinces provinces;
    private final RegionalOffices offices;
    private final CurrentUser currentUser;
    private final Cycles cycles;
    private final Assignments assignments;
    private final ConflictsOfInterest conflicts;
    private final CyclePhases phases;

    HomeController(Entities entities, Provinces provinces, RegionalOffices offices, CurrentUser currentUser,
                   Cycles cycles, Assignments assignments, ConflictsOfInterest conflicts, CyclePhases phases) {
        this.entities = entities;
        this.provinces = provinces;
        this.offices = offices;
        this.currentUser = currentUser;
        this.cycles = cycles;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.phases = phases;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("counts", entities.countByType());
        model.addAttribute("types", EntityType.values());
        model.addAttribute("provinceCount", provinces.all().size());
        return "home";
    }

    @GetMapping("/about/data")
    String dataSources() {
        return "about-data";
    }

    @GetMapping("/workspace")
    String workspace(Model model) {
        PatuhUser user = currentUser.require();
        model.addAttribute("user", user);
        if (user.isAdmin() || user.role().office()) {
            model.addAttribute("cycles", cycles.all());
        }
        switch (user.role()) {
            case ADMIN -> {
                model.addAttribute("counts", entities.countByType());
                model.addAttribute("types", EntityType.values());
                model.addAttribute("officeCount", offices.all().size());
            }
            case OFFICE_HEAD, ASSESSOR -> {
                model.addAttribute("office", offices.require(user.officeCode()));
                List<EntitySummary> covered = entities.search(EntitySearch.all()).stream()
                        .filter(e -> user.coversEntity(e.code(), e.provinceCode()))
                        .toList();
                model.addAttribute("scopeEntities", covered);
                model.addAttribute("provinceNames", provinceNames());
            }
            case ENTITY_COORDINATOR -> model.addAttribute("entity", entities.require(user.entityCode()));
            case UNIT_OPERATOR -> {
                model.addAttribute("entity", entities.require(user.entityCode()));
                model.addAttribute("unit", entities.requireUnit(user.entityCode(), user.unitCode()));
            }
        }
        if (user.role() == Role.ASSESSOR) {
            addMyAssignments(user, model);
        }
        return "workspace/dashboard";
    }

    /** "My assignments": the units per cycle, and per cycle whether answers can be saved today and if not, why. */
    private void addMyAssignments(PatuhUser assessor, Model model) {
        Map<Integer, List<AssignedUnit>> byYear = assignments.ofAssessor(assessor, null).stream()
                .collect(Collectors.groupingBy(u -> u.unit().unit().year(), LinkedHashMap::new, Collectors.toList()));
        LocalDate today = phases.today();
        Map<Integer, Phase> phaseByYear = new HashMap<>();
        Map<Integer, DomainException> captureClosed = new HashMap<>();
        for (Integer year : byYear.keySet()) {
            Timeline timeline = phases.timeline(year);
            timeline.phaseOn(today).ifPresent(phase -> phaseByYear.put(year, phase));
            timeline.captureRefusal(today, false).ifPresent(refusal -> captureClosed.put(year, refusal));
        }
        model.addAttribute("myAssignments", byYear);
        model.addAttribute("myPhases", phaseByYear);
        model.addAttribute("captureClosed", captureClosed);
        model.addAttribute("myConflicts", conflicts.of(assessor.id()));
        model.addAttribute("today", today);
    }

    private Map<String, String> provinceNames() {
        return provinces.all().stream().collect(java.util.stream.Collectors.toMap(p -> p.code(), p -> p.name()));
    }
}
