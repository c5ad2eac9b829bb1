package id.patuh.exchange.imports.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.exchange.imports.ImportJobs;
import id.patuh.exchange.imports.ImportKind;
import id.patuh.exchange.imports.ImportReport;
import id.patuh.exchange.imports.Imports;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.web.BulkUpload;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The import page of a cycle: upload a file, download templates, and the cycle's imports with their progress — the list
 * refreshes itself (htmx) while an import runs, so a long file shows its rows advancing even as its upload is pending.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
class ImportPages {

    private final Imports imports;
    private final ImportJobs jobs;
    private final Cycles cycles;
    private final CurrentUser currentUser;

    ImportPages(Imports imports, ImportJobs jobs, Cycles cycles, CurrentUser currentUser) {
        this.imports = imports;
        this.jobs = jobs;
        this.cycles = cycles;
        this.currentUser = currentUser;
    }

    /** The navigation's entry: the newest cycle's imports. */
    @GetMapping("/workspace/imports")
    String newest() {
        Cycle newest = cycles.all().stream().max(Comparator.comparingInt(Cycle::year))
                .orElseThrow(() -> DomainException.notFound("exchange.template.noCycle"));
        return "redirect:/workspace/cycles/" + newest.year() + "/imports";
    }

    @GetMapping("/workspace/cycles/{year}/imports")
    String page(@PathVariable int year, @RequestParam(required = false) Long shown, Model model) {
        Cycle cycle = cycles.require(year);
        model.addAttribute("cycle", cycle);
        model.addAttribute("years", cycles.all().stream().map(Cycle::year).sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("kinds", Arrays.stream(ImportKind.values()).map(ImportKind::slug).toList());
        model.addAttribute("jobs", visible(year));
        if (shown != null) {
            jobs.find(shown).filter(r -> r.year() == year).filter(this::mine)
                    .ifPresent(report -> model.addAttribute("shown", report));
        }
        return "exchange/imports";
    }

    @GetMapping("/workspace/cycles/{year}/imports/jobs")
    String jobsFragment(@PathVariable int year, Model model) {
        model.addAttribute("cycle", cycles.require(year));
        model.addAttribute("jobs", visible(year));
        return "exchange/imports :: jobs";
    }

    @BulkUpload
    @PostMapping("/workspace/cycles/{year}/imports")
    String upload(@PathVariable int year, @RequestParam String kind, @RequestParam("file") MultipartFile file)
            throws IOException {
        ImportReport report = ImportApi.run(imports, currentUser.require(), year, ImportKind.of(kind), file);
        return "redirect:/workspace/cycles/" + year + "/imports?shown=" + report.id();
    }

    private List<ImportReport> visible(int year) {
        return jobs.ofYear(year, 50).stream().filter(this::mine).toList();
    }

    /** HQ sees every import; an office head the ones they started. */
    private boolean mine(ImportReport report) {
        PatuhUser user = currentUser.require();
        return user.isAdmin() || report.startedBy().equals(user.username());
    }
}
