package id.patuh.cycle.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.methodology.Methodologies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HQ's list of assessment years and the form that opens one. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CyclePages {

    private final Cycles cycles;
    private final Methodologies methodologies;

    CyclePages(Cycles cycles, Methodologies methodologies) {
        this.cycles = cycles;
        this.methodologies = methodologies;
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
}
