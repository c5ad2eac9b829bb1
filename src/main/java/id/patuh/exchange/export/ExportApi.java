package id.patuh.exchange.export;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusEntry;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySearch;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.EntityType;
import id.patuh.registry.Provinces;
import id.patuh.registry.ServiceProduct;
import id.patuh.results.CycleResults;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.EntityResultRow;
import id.patuh.results.PreviousResult;
import id.patuh.results.PublishedResults;
import id.patuh.results.ResultFilter;
import id.patuh.results.UnitResultRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lists and results views as XLSX or CSV files: the same rows, filters and visibility as their JSON counterparts
 * (results: HQ the live sheet, everyone else the published snapshot), so a file never shows more than the API does.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Export", description = "Results, locus and entity lists as XLSX or CSV")
class ExportApi {

    private static final String FORMAT = "{format:xlsx|csv}";

    private final CycleResults results;
    private final PublishedResults published;
    private final Cycles cycles;
    private final Entities entities;
    private final Provinces provinces;
    private final CurrentUser currentUser;

    ExportApi(CycleResults results, PublishedResults published, Cycles cycles, Entities entities, Provinces provinces,
              CurrentUser currentUser) {
        this.results = results;
        this.published = published;
        this.cycles = cycles;
        this.entities = entities;
        this.provinces = provinces;
        this.currentUser = currentUser;
    }

    private boolean headquarters() {
        return currentUser.get().map(PatuhUser::isAdmin).orElse(false);
    }

    @GetMapping("/cycles/{year}/results." + FORMAT)
    @Operation(summary = "The cycle's entity results as XLSX or CSV, best first: HQ the live sheet, everyone else the "
            + "published snapshot (404 before publication); filters as GET /cycles/{year}/results")
    ResponseEntity<byte[]> results(@PathVariable int year, @PathVariable String format,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String province) {
        String typeCode = type == null || type.isBlank() ? null : type.trim().toUpperCase(Locale.ROOT);
        String provinceCode = province == null || province.isBlank() ? null : province.trim();
        ResultFilter filter = new ResultFilter(typeCode, provinceCode);
        List<EntityResultRow> rows = headquarters() ? results.entities(year, filter) : published.entities(year, filter);
        List<List<Object>> lines = new ArrayList<>();
        for (EntityResultRow r : rows) {
            PreviousResult p = r.previous();
            lines.add(Arrays.asList(r.entityCode(), r.entityName(), r.type(), r.provinceCode(), r.score(), r.category(),
                    r.opinion(), r.zone(), r.nationalRank(), r.provinceRank(), r.complete(),
                    String.join(" ", r.incompleteUnits()),
                    p == null ? null : p.year(), p == null ? null : p.score(), p == null ? null : p.category(),
                    p == null ? null : p.zone(), p == null ? null : p.nationalRank(),
                    p == null ? null : p.provinceRank(), r.scoreChange()));
        }
        Table table = new Table("results " + year, List.of("entityCode", "entityName", "type", "provinceCode", "score",
                "category", "opinion", "zone", "nationalRank", "provinceRank", "complete", "incompleteUnits",
                "previousYear", "previousScore", "previousCategory", "previousZone", "previousNationalRank",
                "previousProvinceRank", "scoreChange"), lines);
        String name = "patuh-results-" + year + (typeCode == null ? "" : "-" + typeCode.toLowerCase(Locale.ROOT))
                + (provinceCode == null ? "" : "-" + provinceCode);
        return file(table, ExportFormat.of(format), name);
    }

    @GetMapping("/cycles/{year}/results/{entityCode}/units." + FORMAT)
    @Operation(summary = "One entity's units with scores, grades and dimension points as XLSX or CSV (live for HQ, "
            + "published otherwise)")
    ResponseEntity<byte[]> entityUnits(@PathVariable int year, @PathVariable String entityCode,
                                       @PathVariable String format) {
        EntityResultDetail detail = headquarters() ? results.entity(year, entityCode) : published.entity(year, entityCode);
        List<String> columns = new ArrayList<>(List.of("entityCode", "unitCode", "name", "kind", "score", "category",
                "opinion", "zone", "complete", "source"));
        // One column per dimension, in the methodology's order, so the file reads like the page.
        detail.dimensionCodes().forEach(code -> columns.add("dimension." + code));
        columns.add("missing");
        List<List<Object>> lines = new ArrayList<>();
        for (UnitResultRow u : detail.units()) {
            List<Object> line = new ArrayList<>(Arrays.asList(detail.entity().entityCode(), u.unitCode(), u.name(),
                    u.kind(), u.score(), u.category(), u.opinion(), u.zone(), u.complete(), u.source()));
            detail.dimensionCodes().forEach(code -> line.add(u.dimensions() == null ? null : u.dimensions().get(code)));
            line.add(String.join("; ", u.missing().stream().map(m -> m.indicator()
                    + (m.product() == null || m.product().isEmpty() ? "" : "/" + m.product())
                    + (m.respondent() == null ? "" : "#" + m.respondent()) + " " + m.problem()).toList()));
            lines.add(line);
        }
        Table table = new Table("units " + year, columns, lines);
        return file(table, ExportFormat.of(format), "patuh-results-" + year + "-" + entityCode);
    }

    @GetMapping("/cycles/{year}/locus." + FORMAT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The cycle's locus (units with their entity and observed products) as XLSX or CSV")
    ResponseEntity<byte[]> locus(@PathVariable int year, @PathVariable String format,
                                 @RequestParam(required = false) String entity) {
        String entityCode = entity == null || entity.isBlank() ? null : entity.trim();
        List<List<Object>> lines = new ArrayList<>();
        for (LocusEntry e : cycles.locusEntries(year, entityCode)) {
            var u = e.unit();
            lines.add(Arrays.asList(u.entityCode(), u.entityName(), u.entityType(), u.provinceCode(), u.unitCode(),
                    u.unitName(), u.unitKind(),
                    String.join(" ", e.observedProducts().stream().map(ServiceProduct::code).toList())));
        }
        Table table = new Table("locus " + year, List.of("entityCode", "entityName", "entityType", "provinceCode",
                "unitCode", "unitName", "unitKind", "products"), lines);
        return file(table, ExportFormat.of(format), "patuh-locus-" + year + (entityCode == null ? "" : "-" + entityCode));
    }

    @GetMapping("/entities." + FORMAT)
    @Operation(summary = "Every entity matching the filters (as GET /entities) as XLSX or CSV")
    ResponseEntity<byte[]> entities(@PathVariable String format, @RequestParam(required = false) String type,
                                    @RequestParam(required = false) String province,
                                    @RequestParam(required = false) String q) {
        EntityType entityType = null;
        if (type != null && !type.isBlank()) {
            String code = type.trim().toUpperCase(Locale.ROOT);
            entityType = Arrays.stream(EntityType.values()).filter(t -> t.name().equals(code)).findFirst()
                    .orElseThrow(() -> DomainException.invalidField("type", "exchange.export.unknownType", type.trim()));
        }
        if (province != null && !province.isBlank()) {
            provinces.require(province.trim());
        }
        List<List<Object>> lines = new ArrayList<>();
        for (EntitySummary e : entities.search(new EntitySearch(entityType, province, q))) {
            lines.add(Arrays.asList(e.code(), e.name(), e.type().name(), e.provinceCode()));
        }
        Table table = new Table("entities", List.of("code", "name", "type", "provinceCode"), lines);
        return file(table, ExportFormat.of(format), "patuh-entities");
    }

    private static ResponseEntity<byte[]> file(Table table, ExportFormat format, String baseName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(table, format, out);
        String filename = baseName.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(out.toByteArray());
    }
}
