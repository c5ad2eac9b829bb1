package id.patuh.results.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.identity.CurrentUser;
import id.patuh.methodology.Methodologies;
import id.patuh.registry.Entities;
import id.patuh.registry.EntityType;
import id.patuh.registry.Province;
import id.patuh.registry.Provinces;
import id.patuh.results.CycleResults;
import id.patuh.results.DirectScores;
import id.patuh.results.EntityResultRow;
import id.patuh.results.ResultFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** HQ's view of a cycle's live results and an entity's result with its units, where unit scores can be recorded. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ResultsPages {

    private final Cycles cycles;
    private final CycleResults results;
    private final DirectScores directScores;
    private final Methodologies methodologies;
    private final Entities entities;
    private final Provinces provinces;
    private final CurrentUser currentUser;

    ResultsPages(Cycles cycles, CycleResults results, DirectScores directScores, Methodologies methodologies,
                 Entities entities, Provinces provinces, CurrentUser currentUser) {
        this.cycles = cycles;
        this.results = results;
        this.directScores = directScores;
        this.methodologies = methodologies;
        this.entities = entities;
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    @GetMapping("/workspace/cycles/{year}")
    String sheet(@PathVariable int year, @RequestParam(required = false) EntityType type,
                 @RequestParam(required = false) String province, Model model) {
        var cycle = cycles.require(year);
        String provinceCode = province == null || province.isBlank() ? null : provinces.require(province.trim()).code();
        List<EntityResultRow> rows = results.entities(year, new ResultFilter(type == null ? null : type.name(), provinceCode));
        model.addAttribute("cycle", cycle);
        model.addAttribute("methodology", methodologies.requireSummary(cycle.methodologyId()));
        model.addAttribute("rows", rows);
        model.addAttribute("complete", rows.stream().filter(EntityResultRow::complete).count());
        model.addAttribute("zoneCounts", rows.stream().filter(EntityResultRow::complete)
                .collect(Collectors.groupingBy(EntityResultRow::zone, LinkedHashMap::new, Collectors.counting())));
        model.addAttribute("type", type);
        model.addAttribute("province", provinceCode);
        model.addAttribute("types", EntityType.values());
        model.addAttribute("provinces", provinces.all());
        model.addAttribute("provinceNames", provinces.all().stream().collect(Collectors.toMap(Province::code, Province::name)));
        return "results/sheet";
    }

    @GetMapping("/workspace/cycles/{year}/entities/{entityCode}")
    String entity(@PathVariable int year, @PathVariable String entityCode, Model model) {
        var cycle = cycles.require(year);
        var registered = entities.require(entityCode);
        model.addAttribute("cycle", cycle);
        model.addAttribute("registered", registered);
        model.addAttribute("methodology", methodologies.require(cycle.methodologyId()));
        try {
            model.addAttribute("detail", results.entity(year, entityCode));
        } catch (DomainException notInLocus) {
            if (notInLocus.kind() != DomainException.Kind.NOT_FOUND) {
                throw notInLocus;
            }
            model.addAttribute("detail", null);
        }
        return "results/entity";
    }

    @PostMapping("/workspace/cycles/{year}/entities/{entityCode}/score")
    String recordScore(@PathVariable int year, @PathVariable String entityCode, @RequestParam String unitCode,
                       @RequestParam String score, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes flash) {
        try {
            Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
            for (var field : form.entrySet()) {
                if (field.getKey().startsWith("dim.") && !field.getValue().isBlank()) {
                    dimensions.put(field.getKey().substring(4), number(field.getKey().substring(4), field.getValue()));
                }
            }
            directScores.record(year, entityCode, unitCode, number("score", score), dimensions,
                    currentUser.require().username());
            flash.addFlashAttribute("notice", "results.scoreRecorded");
            return "redirect:/workspace/cycles/" + year + "/entities/" + UriUtils.encodePathSegment(entityCode, StandardCharsets.UTF_8);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("problem", e);
            model.addAttribute("formUnit", unitCode);
            model.addAttribute("formScore", score);
            return entity(year, entityCode, model);
        }
    }

    /** Accepts Indonesian decimal commas ("95,25") as well as points, as people type them. */
    private static BigDecimal number(String field, String text) {
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw DomainException.invalidField(field, "methodology.score.notANumber", text);
        }
    }
}
