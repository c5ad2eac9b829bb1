package id.patuh.exchange.imports.web;

import id.patuh.DomainException;
import id.patuh.exchange.imports.ImportError;
import id.patuh.exchange.imports.ImportJobs;
import id.patuh.exchange.imports.ImportKind;
import id.patuh.exchange.imports.ImportReport;
import id.patuh.exchange.imports.ImportTemplates;
import id.patuh.exchange.imports.Imports;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.web.BulkUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/** Imports of XLSX/CSV files into a cycle, their progress and outcome, and the template of each kind. */
@RestController
@Tag(name = "Imports", description = "XLSX/CSV imports: validated whole, written all or nothing, idempotent, audited")
class ImportApi {

    private final Imports imports;
    private final ImportJobs jobs;
    private final ImportTemplates templates;
    private final CurrentUser currentUser;

    ImportApi(Imports imports, ImportJobs jobs, ImportTemplates templates, CurrentUser currentUser) {
        this.imports = imports;
        this.jobs = jobs;
        this.templates = templates;
        this.currentUser = currentUser;
    }

    /** The outcome of an import as the API gives it. */
    record ImportResponse(long id, int year, String kind, String status, String stage, int rows, Integer rowsTotal,
                          String sha256, String fileName, int errorCount, List<ImportError> errors, String startedBy,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt) {
        static ImportResponse of(ImportReport r) {
            return new ImportResponse(r.id(), r.year(), r.kind(), r.status(), r.stage(), r.rows(), r.rowsTotal(),
                    r.sha256(), r.fileName(), r.errorCount(), r.errors(), r.startedBy(), r.startedAt(), r.finishedAt());
        }
    }

    @BulkUpload
    @PostMapping(path = "/api/v1/cycles/{year}/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "Imports an XLSX or CSV file of a kind (unit-scores, entity-scores, answers, user-interviews, "
            + "registry): every row is checked first; 200 COMPLETED when all rows were written in one transaction, "
            + "200 UNCHANGED when this file (SHA-256) was the last of its kind imported, 422 REJECTED with every error "
            + "by row and column (nothing written). An office head imports only rows of its provinces' entities")
    ResponseEntity<ImportResponse> upload(@PathVariable int year, @PathVariable String kind,
                                          @Parameter(description = "The XLSX or CSV file") @RequestPart("file") MultipartFile file)
            throws IOException {
        ImportReport report = run(imports, currentUser.require(), year, ImportKind.of(kind), file);
        return ResponseEntity.status("REJECTED".equals(report.status()) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(ImportResponse.of(report));
    }

    /** Spools the upload to a temporary file (read twice: checksum, then rows) and imports it. */
    static ImportReport run(Imports imports, PatuhUser user, int year, ImportKind kind, MultipartFile file)
            throws IOException {
        Path spooled = Files.createTempFile("patuh-import-", ".upload");
        try {
            file.transferTo(spooled);
            return imports.run(year, kind, file.getOriginalFilename(), spooled, user, LocaleContextHolder.getLocale());
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    @GetMapping("/api/v1/cycles/{year}/imports")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "The cycle's imports, newest first (an office head sees its own), with progress while running")
    List<ImportResponse> list(@PathVariable int year) {
        PatuhUser user = currentUser.require();
        return jobs.ofYear(year, 200).stream().filter(r -> user.isAdmin() || r.startedBy().equals(user.username()))
                .map(ImportResponse::of).toList();
    }

    @GetMapping("/api/v1/cycles/{year}/imports/{id:\\d+}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "One import: status, stage (READING, WRITING, DONE), rows done of rows total, errors")
    ImportResponse one(@PathVariable int year, @PathVariable long id) {
        PatuhUser user = currentUser.require();
        return jobs.find(id).filter(r -> r.year() == year)
                .filter(r -> user.isAdmin() || r.startedBy().equals(user.username()))
                .map(ImportResponse::of)
                .orElseThrow(() -> DomainException.notFound("exchange.import.notFound", id, year));
    }

    @GetMapping("/api/v1/imports/{kind}/template.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "The XLSX template of a kind: its header row, and a sheet describing each column; columns "
            + "that follow the methodology come from the cycle of `year` (default: the newest cycle)")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String kind, @RequestParam(required = false) Integer year) {
        ImportKind chosen = ImportKind.of(kind);
        var locale = LocaleContextHolder.getLocale();
        templates.columns(chosen, year, locale); // fail before the response starts
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patuh-" + chosen.slug() + ".xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out -> templates.xlsx(chosen, year, locale, out));
    }

    @GetMapping("/api/v1/imports/{kind}/template.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "The CSV template of a kind (UTF-8, comma-separated header row)")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String kind, @RequestParam(required = false) Integer year) {
        ImportKind chosen = ImportKind.of(kind);
        var locale = LocaleContextHolder.getLocale();
        templates.columns(chosen, year, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patuh-" + chosen.slug() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out -> templates.csv(chosen, year, locale, out));
    }
}
