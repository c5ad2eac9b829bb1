package id.patuh.reports.web;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.registry.Provinces;
import id.patuh.reports.internal.ReportBundles;
import id.patuh.reports.internal.ReportDocuments;
import id.patuh.reports.internal.Signatures;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The workspace page for certificates and report cards: an entity's own documents per published year, HQ's and office
 * heads' bulk ZIPs with their progress, and HQ's signature block. The PDFs are served here too, for signed-in browsers
 * (the API under /api/v1 takes HTTP Basic or tokens, not the page session).
 */
@Controller
class ReportsPages {

    private final ReportBundles bundles;
    private final ReportDocuments documents;
    private final Signatures signatures;
    private final Cycles cycles;
    private final Provinces provinces;
    private final CurrentUser currentUser;

    ReportsPages(ReportBundles bundles, ReportDocuments documents, Signatures signatures, Cycles cycles,
                 Provinces provinces, CurrentUser currentUser) {
        this.bundles = bundles;
        this.documents = documents;
        this.signatures = signatures;
        this.cycles = cycles;
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    @GetMapping("/workspace/reports")
    String page(Model model) {
        PatuhUser user = currentUser.require();
        boolean staff = user.isAdmin() || user.role() == Role.OFFICE_HEAD;
        model.addAttribute("staff", staff);
        model.addAttribute("available", documents.availableTo(user));
        List<ReportBundles.Bundle> jobs = staff ? bundles.list(user) : List.of();
        model.addAttribute("jobs", jobs);
        model.addAttribute("running", jobs.stream().anyMatch(j -> !j.finished()));
        model.addAttribute("years", cycles.all().stream().map(c -> c.year()).sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("provinces", provinces.all().stream()
                .filter(p -> user.isAdmin() || user.coversProvince(p.code())).toList());
        model.addAttribute("signature", user.isAdmin() ? signatures.current().orElse(null) : null);
        return "reports/workspace";
    }

    /** The job list alone, for the page's progress refresh (htmx). */
    @GetMapping("/workspace/reports/jobs")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    String jobs(Model model) {
        var jobs = bundles.list(currentUser.require());
        model.addAttribute("jobs", jobs);
        model.addAttribute("running", jobs.stream().anyMatch(j -> !j.finished()));
        return "reports/workspace :: jobs";
    }

    /** HQ's and office heads' way to one document: year, entity and optionally unit, typed in. */
    @GetMapping("/workspace/reports/document")
    String document(@RequestParam int year, @RequestParam String entity, @RequestParam(required = false) String unit,
                    @RequestParam String kind) {
        String document = "certificate".equals(kind) ? "certificate.pdf" : "rapor.pdf";
        String path = "/workspace/reports/" + year + "/entities/" + entity.trim()
                + (unit == null || unit.isBlank() ? "" : "/units/" + unit.trim()) + "/" + document;
        return "redirect:" + org.springframework.web.util.UriUtils.encodePath(path, StandardCharsets.UTF_8);
    }

    @GetMapping("/workspace/reports/{year}/entities/{code}/{document:rapor|certificate}.pdf")
    ResponseEntity<byte[]> entityDocument(@PathVariable int year, @PathVariable String code, @PathVariable String document) {
        return pdf(year, code, null, document);
    }

    @GetMapping("/workspace/reports/{year}/entities/{code}/units/{unitCode}/{document:rapor|certificate}.pdf")
    ResponseEntity<byte[]> unitDocument(@PathVariable int year, @PathVariable String code, @PathVariable String unitCode,
                                        @PathVariable String document) {
        return pdf(year, code, unitCode, document);
    }

    @GetMapping("/workspace/reports/bundles/{id}/download")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    ResponseEntity<Resource> download(@PathVariable long id) {
        PatuhUser reader = currentUser.require();
        var zip = bundles.zip(id, reader);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(bundles.require(id, reader).fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(zip));
    }

    @PostMapping("/workspace/reports/bundles")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
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

    private ResponseEntity<byte[]> pdf(int year, String code, String unitCode, String document) {
        PatuhUser reader = currentUser.require();
        byte[] bytes = "certificate".equals(document)
                ? documents.certificate(year, code, unitCode, reader, LocaleContextHolder.getLocale())
                : documents.rapor(year, code, unitCode, reader, LocaleContextHolder.getLocale());
        String name = ("certificate".equals(document) ? "piagam" : "rapor") + "-" + year + "-" + code
                + (unitCode == null ? "" : "-" + unitCode) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
