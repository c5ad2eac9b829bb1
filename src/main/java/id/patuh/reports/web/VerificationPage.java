package id.patuh.reports.web;

import id.patuh.reports.internal.ReportDocuments;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page a certificate's QR code and short code open: the current determined result of the entity or unit,
 * and a clear notice when an erratum has superseded the certificate. Unknown, malformed or not-yet-public codes get a
 * friendly "not found" page with status 404.
 */
@Controller
class VerificationPage {

    private final ReportDocuments documents;

    VerificationPage(ReportDocuments documents) {
        this.documents = documents;
    }

    /** The form for typing a code read from paper. */
    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank()) {
            return "redirect:/verify/" + java.net.URLEncoder.encode(code.trim(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return "reports/verify";
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        var found = documents.verify(code);
        model.addAttribute("typed", code);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notFound", true);
            return "reports/verify";
        }
        model.addAttribute("v", found.get());
        return "reports/verify";
    }
}
