package id.patuh.exchange.export;

import id.patuh.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The download links of the workspace's results, progress, units, assignments and clarification-queue pages. The API is stateless (Basic or token), so a signed-in browser
 * downloads through these workspace routes, which use the page session and give the same files as the API.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ExportPages {

    private final ExportTables tables;

    private final CurrentUser currentUser;

    ExportPages(ExportTables tables, CurrentUser currentUser) {
        this.tables = tables;
        this.currentUser = currentUser;
    }

    @GetMapping("/workspace/cycles/{year}/progress." + ExportApi.FORMAT)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    ResponseEntity<byte[]> progress(@PathVariable int year, @PathVariable String format) {
        return tables.progress(currentUser.require(), year).download(ExportFormat.of(format));
    }

    @GetMapping("/workspace/cycles/{year}/units." + ExportApi.FORMAT)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD', 'ASSESSOR')")
    ResponseEntity<byte[]> unitStatuses(@PathVariable int year, @PathVariable String format,
                                        @RequestParam(required = false) String province) {
        return tables.unitStatuses(currentUser.require(), year, province).download(ExportFormat.of(format));
    }

    @GetMapping("/workspace/cycles/{year}/clarifications." + ExportApi.FORMAT)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    ResponseEntity<byte[]> clarificationQueue(@PathVariable int year, @PathVariable String format) {
        return tables.clarificationQueue(currentUser.require(), year).download(ExportFormat.of(format));
    }

    @GetMapping("/workspace/cycles/{year}/assignments." + ExportApi.FORMAT)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_HEAD')")
    ResponseEntity<byte[]> assignments(@PathVariable int year, @PathVariable String format,
                                       @RequestParam(required = false) String office) {
        return tables.assignments(currentUser.require(), year, office).download(ExportFormat.of(format));
    }

    @GetMapping("/workspace/cycles/{year}/results." + ExportApi.FORMAT)
    ResponseEntity<byte[]> results(@PathVariable int year, @PathVariable String format,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String province) {
        return tables.results(year, type, province, true).download(ExportFormat.of(format));
    }

    @GetMapping("/workspace/cycles/{year}/entities/{entityCode}/units." + ExportApi.FORMAT)
    ResponseEntity<byte[]> entityUnits(@PathVariable int year, @PathVariable String entityCode,
                                       @PathVariable String format) {
        return tables.entityUnits(year, entityCode, true).download(ExportFormat.of(format));
    }

    @GetMapping("/workspace/cycles/{year}/locus." + ExportApi.FORMAT)
    ResponseEntity<byte[]> locus(@PathVariable int year, @PathVariable String format,
                                 @RequestParam(required = false) String entity) {
        return tables.locus(year, entity).download(ExportFormat.of(format));
    }
}
