package id.patuh.reports.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.registry.Provinces;
import id.patuh.reports.internal.ReportBundles;
import id.patuh.reports.internal.Signatures;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;

/** The workspace page for certificates: the signature block (HQ) and bulk ZIPs with their progress. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
class ReportsPages {

    private final ReportBundles bundles;
    private final Signatures signatures;
    private final Cycles cycles;
    private final Provinces provinces;
    private final CurrentUser currentUser;

    ReportsPages(ReportBundles bundles, Signatures signatures, Cycles cycles, Provinces provinces, CurrentUser currentUser) {
        this.bundles = bundles;
        this.signatures = signatures;
        this.cycles = cycles;
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    @GetMapping("/workspace/reports")
    String page(Model model) {
        PatuhUser user = currentUser.require();
        var jobs = bundles.list(user);
        model.addAttribute("jobs", jobs);
        model.addAttribute("running", jobs.stream().anyMatch(j -> !j.finished()));
        model.addAttribute("years", cycles.all().stream().map(c -> c.year()).sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("provinces", provinces.all().stream()
                .filter(p -> user.isAdmin() || user.coversProvince(p.code())).toList());
        model.addAttribute("signature", signatures.current().orElse(null));
        return "reports/workspace";
    }

    /** The job list alone, for the page's progress refresh (htmx). */
    @GetMapping("/workspace/reports/jobs")
    String jobs(Model model) {
        var jobs = bundles.list(currentUser.require());
        model.addAttribute("jobs", jobs);
        model.addAttribute("running", jobs.stream().anyMatch(j -> !j.finished()));
        return "reports/workspace :: jobs";
    }

    @PostMapping("/workspace/reports/bundles")
    String start(@RequestParam int year, @RequestParam(required = false) String provinceCode, RedirectAttributes flash) {
        try {
            bundles.start(year, provinceCode, currentUser.require(), LocaleContextHolder.getLocale());
            flash.addFlashAttribute("notice", "reports.bundle.started");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            flash.addFlashAttribute("bundleProblem", e);
        }
        return "redirect:/workspace/reports";
    }

    @PostMapping("/workspace/reports/signature")
    @PreAuthorize("hasRole('ADMIN')")
    String signature(@RequestParam(required = false) String name, @RequestParam(required = false) String title,
                     @RequestParam(required = false) MultipartFile image,
                     @RequestParam(defaultValue = "false") boolean removeImage, RedirectAttributes flash) throws IOException {
        try {
            signatures.replace(name, title, image == null || image.isEmpty() ? null : image.getBytes(), removeImage,
                    currentUser.require());
            flash.addFlashAttribute("notice", "reports.signature.saved");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            flash.addFlashAttribute("signatureProblem", e);
            flash.addFlashAttribute("formName", name);
            flash.addFlashAttribute("formTitle", title);
        }
        return "redirect:/workspace/reports";
    }
}
