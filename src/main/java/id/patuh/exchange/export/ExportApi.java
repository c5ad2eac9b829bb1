package id.patuh.exchange.export;

import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists and results views as XLSX or CSV files: the same rows, filters and visibility as their JSON counterparts
 * (results: HQ the live sheet, everyone else the published snapshot), so a file never shows more than the API does.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Export", description = "Results, locus and entity lists as XLSX or CSV")
class ExportApi {

    static final String FORMAT = "{format:xlsx|csv}";

    private final ExportTables tables;
    private final CurrentUser currentUser;

    ExportApi(ExportTables tables, CurrentUser currentUser) {
        this.tables = tables;
        this.currentUser = currentUser;
    }

    private boolean headquarters() {
        return currentUser.get().map(PatuhUser::isAdmin).orElse(false);
    }

    @GetMapping("/cycles/{year}/results." + FORMAT)
    @Operation(summary = "The cycle's entity results as XLSX or CSV, best first: HQ the live sheet, everyone else the "
            + "published snapshot (404 before publication); filters as GET /cycles/{year}/results, plus category "
            + "(A–E), zone (HIJAU, KUNING, MERAH) and sort (rank — within the province when one is given —, score, "
            + "name, change) as on the public rankings page /hasil/{year}")
    ResponseEntity<byte[]> results(@PathVariable int year, @PathVariable String format,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String province,
                                   @RequestParam(required = false) String category,
                                   @RequestParam(required = false) String zone,
                                   @RequestParam(required = false) String sort) {
        return tables.results(year, type, province, category, zone, sort, headquarters())
                .download(ExportFormat.of(format));
    }

    @GetMapping("/cycles/{year}/results/{entityCode}/units." + FORMAT)
    @Operation(summary = "One entity's units with scores, grades and dimension points as XLSX or CSV (live for HQ, "
            + "published otherwise)")
    ResponseEntity<byte[]> entityUnits(@PathVariable int year, @PathVariable String entityCode,
                                       @PathVariable String format) {
        return tables.entityUnits(year, entityCode, headquarters()).download(ExportFormat.of(format));
    }

    @GetMapping("/cycles/{year}/locus." + FORMAT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The cycle's locus (units with their entity and observed products) as XLSX or CSV")
    ResponseEntity<byte[]> locus(@PathVariable int year, @PathVariable String format,
                                 @RequestParam(required = false) String entity) {
        return tables.locus(year, entity).download(ExportFormat.of(format));
    }

    @GetMapping("/cycles/{year}/assignments." + FORMAT)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "The fieldwork plan as XLSX or CSV: locus units with assessor, visit date and respondent "
            + "confirmation (an office head: their own office; HQ: ?office= or the whole locus)")
    ResponseEntity<byte[]> assignments(@PathVariable int year, @PathVariable String format,
                                       @RequestParam(required = false) String office) {
        return tables.assignments(currentUser.require(), year, office).download(ExportFormat.of(format));
    }

    @GetMapping("/cycles/{year}/progress." + FORMAT)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    @Operation(summary = "Units per province and verification status as XLSX or CSV (as GET /cycles/{year}/progress: "
            + "an office its own provinces, HQ all)")
    ResponseEntity<byte[]> progress(@PathVariable int year, @PathVariable String format) {
        return tables.progress(currentUser.require(), year).download(ExportFormat.of(format));
    }

    @GetMapping("/cycles/{year}/progress/units." + FORMAT)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    @Operation(summary = "A province's locus units with their verification status as XLSX or CSV (an office: its "
            + "provinces; HQ: any, or without ?province= the ministries' and agencies' units)")
    ResponseEntity<byte[]> unitStatuses(@PathVariable int year, @PathVariable String format,
                                        @RequestParam(required = false) String province) {
        return tables.unitStatuses(currentUser.require(), year, province).download(ExportFormat.of(format));
    }

    @GetMapping("/cycles/{year}/clarifications." + FORMAT)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    @Operation(summary = "The open clarifications the caller decides as XLSX or CSV (as GET /cycles/{year}/clarifications)")
    ResponseEntity<byte[]> clarificationQueue(@PathVariable int year, @PathVariable String format) {
        return tables.clarificationQueue(currentUser.require(), year).download(ExportFormat.of(format));
    }

    @GetMapping("/statistics." + FORMAT)
    @Operation(summary = "The public statistics as XLSX or CSV: per published cycle and entity type (and ALL), the "
            + "count of each category and zone with its share of the total in percent (2 decimals, half-up)")
    ResponseEntity<byte[]> statistics(@PathVariable String format) {
        return tables.statistics().download(ExportFormat.of(format));
    }

    @GetMapping("/entities." + FORMAT)
    @Operation(summary = "Every entity matching the filters (as GET /entities) as XLSX or CSV")
    ResponseEntity<byte[]> entities(@PathVariable String format, @RequestParam(required = false) String type,
                                    @RequestParam(required = false) String province,
                                    @RequestParam(required = false) String q) {
        return tables.entities(type, province, q).download(ExportFormat.of(format));
    }
}
