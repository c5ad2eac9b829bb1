package id.patuh.exchange.archive;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.identity.CurrentUser;
import id.patuh.web.BulkUpload;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;

/**
 * The archive page for HQ: every cycle's archive to download, and the restore of an archive into this server with what
 * it wrote — the backup path for offices and the migration path between servers, without the API.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ArchivePages {

    private final CycleArchiveWriter writer;
    private final CycleArchiveRestorer restorer;
    private final Cycles cycles;
    private final CurrentUser currentUser;

    ArchivePages(CycleArchiveWriter writer, CycleArchiveRestorer restorer, Cycles cycles, CurrentUser currentUser) {
        this.writer = writer;
        this.restorer = restorer;
        this.cycles = cycles;
        this.currentUser = currentUser;
    }

    @GetMapping("/workspace/archives")
    String page(Model model) {
        model.addAttribute("cycles", cycles.all().stream().sorted(Comparator.comparingInt(Cycle::year).reversed()).toList());
        return "exchange/archives";
    }

    @BulkUpload
    @PostMapping("/workspace/archives")
    String restore(@RequestParam(value = "file", required = false) MultipartFile file, Model model) {
        try {
            model.addAttribute("restored", restorer.restore(file, currentUser.require().username()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("problem", e);
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        }
        return page(model);
    }

    @GetMapping("/workspace/cycles/{year}/archive.zip")
    void archive(@PathVariable int year, HttpServletResponse response) throws IOException {
        send(writer, year, currentUser.require().username(), response);
    }

    /** Streams the archive as an attachment once the cycle is known to exist (an error can still be a page then). */
    static void send(CycleArchiveWriter writer, int year, String username, HttpServletResponse response) throws IOException {
        writer.require(year);
        String name = "patuh-cycle-" + year + "-" + LocalDate.now(ZoneId.of("Asia/Jakarta")) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        writer.write(year, username, response.getOutputStream());
        response.flushBuffer();
    }
}
