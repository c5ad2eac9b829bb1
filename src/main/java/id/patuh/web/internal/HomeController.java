package id.patuh.web.internal;

import id.patuh.cycle.Cycles;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySearch;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.EntityType;
import id.patuh.registry.Provinces;
import id.patuh.registry.RegionalOffices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Map;

/** The public front page and each role's workspace dashboard, showing only what the user's scope covers. */
@Controller
class HomeController {

    private final Entities entities;
    private final Provinces provinces;
    private final RegionalOffices offices;
    private final CurrentUser currentUser;
    private final Cycles cycles;

    HomeController(Entities entities, Provinces provinces, RegionalOffices offices, CurrentUser currentUser,
                   Cycles cycles) {
        this.entities = entities;
        this.provinces = provinces;
        this.offices = offices;
        this.currentUser = currentUser;
        this.cycles = cycles;
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
        return "workspace/dashboard";
    }

    private Map<String, String> provinceNames() {
        return provinces.all().stream().collect(java.util.stream.Collectors.toMap(p -> p.code(), p -> p.name()));
    }
}
