package id.patuh.exchange.archive;

import id.patuh.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

/** The archive download behind the workspace results page's link: the page session, the same file as the API. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ArchivePages {

    private final CycleArchiveWriter writer;
    private final CurrentUser currentUser;

    ArchivePages(CycleArchiveWriter writer, CurrentUser currentUser) {
        this.writer = writer;
        this.currentUser = currentUser;
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
