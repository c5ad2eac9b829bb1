package id.patuh.review.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusUnit;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.registry.Provinces;
import id.patuh.review.ProvinceProgress;
import id.patuh.review.Reviews;
import id.patuh.review.UnitStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Progress of a cycle by province (HQ: all; an office: its own) and a province's units with their status. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
class ReviewPages {

    private final Reviews reviews;
    private final Cycles cycles;
    private final Provinces provinces;
    private final CurrentUser currentUser;

    ReviewPages(Reviews reviews, Cycles cycles, Provinces provinces, CurrentUser currentUser) {
        this.reviews = reviews;
        this.cycles = cycles;
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    /** A unit in a province's list, with where it stands. */
    record UnitLine(LocusUnit unit, UnitStatus status) {
    }

    @GetMapping("/workspace/cycles/{year}/progress")
    String progress(@PathVariable int year, Model model) {
        List<ProvinceProgress> progress = reviews.progress(currentUser.require(), year);
        model.addAttribute("cycle", cycles.require(year));
        model.addAttribute("progress", progress);
        model.addAttribute("statuses", UnitStatus.values());
        model.addAttribute("totals", java.util.Arrays.stream(UnitStatus.values()).collect(Collectors.toMap(s -> s,
                s -> progress.stream().mapToLong(p -> p.units().getOrDefault(s, 0L)).sum(), (a, b) -> a,
                () -> new java.util.EnumMap<>(UnitStatus.class))));
        model.addAttribute("grandTotal", progress.stream().mapToLong(ProvinceProgress::total).sum());
        return "review/progress";
    }

    @GetMapping("/workspace/cycles/{year}/units")
    String units(@PathVariable int year, @RequestParam(defaultValue = "") String province, Model model) {
        PatuhUser user = currentUser.require();
        String code = province.isBlank() ? null : provinces.require(province.trim()).code();
        boolean allowed = code == null ? user.isAdmin() : user.coversProvince(code);
        if (!allowed) {
            throw DomainException.forbidden("review.outOfScope", province.isBlank() ? "—" : province, "—");
        }
        List<UnitLine> lines = cycles.locus(year).stream()
                .filter(u -> code == null ? u.provinceCode() == null : code.equals(u.provinceCode()))
                .map(u -> new UnitLine(u, reviews.status(year, u.entityCode(), u.unitCode())))
                .toList();
        model.addAttribute("cycle", cycles.require(year));
        model.addAttribute("province", code == null ? null : provinces.require(code));
        model.addAttribute("lines", lines);
        Map<UnitStatus, Long> counts = lines.stream().collect(Collectors.groupingBy(UnitLine::status,
                () -> new java.util.EnumMap<>(UnitStatus.class), Collectors.counting()));
        model.addAttribute("counts", counts);
        return "review/units";
    }
}
