package id.patuh.exchange.archive;

import id.patuh.identity.CurrentUser;
import id.patuh.web.BulkUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** Whole-cycle archives: download one for backup or migration, restore one into a database without that cycle. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Archives", description = "A whole cycle as one ZIP of CSV files with a checksummed manifest, and its restore")
class ArchiveApi {

    private final CycleArchiveWriter writer;
    private final CycleArchiveRestorer restorer;
    private final CurrentUser currentUser;

    ArchiveApi(CycleArchiveWriter writer, CycleArchiveRestorer restorer, CurrentUser currentUser) {
        this.writer = writer;
        this.restorer = restorer;
        this.currentUser = currentUser;
    }

    @GetMapping("/cycles/{year}/archive.zip")
    @Operation(summary = "The whole cycle (methodology, registry rows it uses, locus, phases, assignments, answers, "
            + "evidence metadata and the evidence files themselves, unit scores, reviews, clarifications, imports and "
            + "imported entity scores, determinations and snapshots, certificate verification codes, audit entries) "
            + "as a ZIP of CSV files (evidence bytes under files/) with manifest.json (SHA-256 and row count per file)")
    void archive(@PathVariable int year, HttpServletResponse response) throws IOException {
        ArchivePages.send(writer, year, currentUser.require().username(), response);
    }

    @BulkUpload
    @PostMapping(value = "/archives", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Restores a cycle archive into this database (the cycle must not exist here): checksums are "
            + "checked first, then everything is written in one transaction or nothing is")
    ArchiveRestored restore(@RequestParam("file") MultipartFile file) {
        return restorer.restore(file, currentUser.require().username());
    }
}
