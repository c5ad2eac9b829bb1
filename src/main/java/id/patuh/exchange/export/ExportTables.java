package id.patuh.exchange.export;

import id.patuh.DomainException;
import id.patuh.cycle.AssignedUnit;
import id.patuh.cycle.Assignment;
import id.patuh.cycle.Assignments;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusEntry;
import id.patuh.identity.PatuhUser;
import id.patuh.methodology.GradeBand;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Zone;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySearch;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.EntityType;
import id.patuh.registry.Provinces;
import id.patuh.registry.ServiceProduct;
import id.patuh.results.CycleResults;
import id.patuh.results.Determination;
import id.patuh.results.Determinations;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.EntityResultRow;
import id.patuh.results.PreviousResult;
import id.patuh.results.PublishedResults;
import id.patuh.results.ResultFilter;
import id.patuh.results.UnitResultRow;
import id.patuh.review.Clarification;
import id.patuh.review.Clarifications;
import id.patuh.review.ProvinceProgress;
import id.patuh.review.Reviews;
import id.patuh.review.UnitStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The exportable lists, read through the owning modules' public services with the same filters as their JSON calls;
 * {@code headquarters} chooses the live results (HQ) or the published snapshot (everyone else).
 */
@Component
class ExportTables {

    private final CycleResults results;
    private final PublishedResults published;
    private final Cycles cycles;
    private final Entities entities;
    private final Provinces provinces;
    private final Assignments assignments;
    private final Reviews reviews;
    private final Clarifications clarifications;
    private final Determinations determinations;
    private final Methodologies methodologies;

    ExportTables(CycleResults results, PublishedResults published, Cycles cycles, Entities entities, Provinces provinces,
                 Assignments assignments, Reviews reviews, Clarifications clarifications, Determinations determinations,
                 Methodologies methodologies) {
        this.methodologies = methodologies;
        this.determinations = determinations;
        this.clarifications = clarifications;
        this.assignments = assignments;
        this.reviews = reviews;
        this.results = results;
        this.published = published;
        this.cycles = cycles;
        this.entities = entities;
        this.provinces = provinces;
    }

    /** A table with the file name it downloads as (without extension). */
    record Named(Table table, String baseName) {

        /** The table written in a format, as a download. */
        ResponseEntity<byte[]> download(ExportFormat format) {
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

    /** The orders a results file can take, as the public rankings page offers them. */
    static final List<String> SORTS = List.of("rank", "score", "name", "change");

    Named results(int year, String type, String province, boolean headquarters) {
        return results(year, type, province, null, null, null, headquarters);
    }

    /**
     * The results as {@code GET /cycles/{year}/results} gives them, narrowed to a category and zone and put in the
     * order the public rankings page uses: by rank (within the province when one is given), score, name or rank change.
     */
    Named results(int year, String type, String province, String category, String zone, String sort,
                  boolean headquarters) {
        String typeCode = type == null || type.isBlank() ? null : type.trim().toUpperCase(Locale.ROOT);
        String provinceCode = province == null || province.isBlank() ? null : province.trim();
        String categoryCode = code(category);
        String zoneCode = code(zone);
        String order = sort == null || sort.isBlank() ? "rank" : sort.trim().toLowerCase(Locale.ROOT);
        if (categoryCode != null && !categoryCode.matches("[A-E]")) {
            throw DomainException.invalidField("category", "exchange.export.unknownCategory", category.trim());
        }
        if (zoneCode != null && Arrays.stream(Zone.values()).noneMatch(z -> z.name().equals(zoneCode))) {
            throw DomainException.invalidField("zone", "exchange.export.unknownZone", zone.trim());
        }
        if (!SORTS.contains(order)) {
            throw DomainException.invalidField("sort", "exchange.export.unknownSort", sort.trim());
        }
        ResultFilter filter = new ResultFilter(typeCode, provinceCode);
        List<EntityResultRow> rows = new ArrayList<>((headquarters ? results.entities(year, filter)
                : published.entities(year, filter)).stream()
                .filter(r -> categoryCode == null || categoryCode.equals(r.category()))
                .filter(r -> zoneCode == null || zoneCode.equals(r.zone()))
                .toList());
        if (!order.equals("rank") || provinceCode != null) {
            rows.sort(order(order, provinceCode != null));
        }
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
        return new Named(table, "patuh-results-" + year
                + (typeCode == null ? "" : "-" + typeCode.toLowerCase(Locale.ROOT))
                + (provinceCode == null ? "" : "-" + provinceCode)
                + (categoryCode == null ? "" : "-" + categoryCode)
                + (zoneCode == null ? "" : "-" + zoneCode.toLowerCase(Locale.ROOT)));
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    /** Unranked lines (incomplete, live sheet) go last in every order but by name. */
    private static Comparator<EntityResultRow> order(String sort, boolean provincial) {
        Comparator<EntityResultRow> byCode = Comparator.comparing(EntityResultRow::entityCode);
        Comparator<EntityResultRow> byScore = Comparator.comparing(EntityResultRow::score,
                Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<EntityResultRow> byRank = Comparator.comparing(provincial ? EntityResultRow::provinceRank
                : EntityResultRow::nationalRank, Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (sort) {
            case "name" -> Comparator.comparing(EntityResultRow::entityName).thenComparing(byCode);
            case "score" -> byScore.thenComparing(byCode);
            // Places gained since last year, most first; no previous rank goes last.
            case "change" -> Comparator.comparing((EntityResultRow r) -> rankChange(r, provincial),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byScore).thenComparing(byCode);
            default -> byRank.thenComparing(byScore).thenComparing(byCode);
        };
    }

    private static Integer rankChange(EntityResultRow row, boolean provincial) {
        PreviousResult previous = row.previous();
        Integer now = provincial ? row.provinceRank() : row.nationalRank();
        Integer before = previous == null ? null : provincial ? previous.provinceRank() : previous.nationalRank();
        return now == null || before == null ? null : before - now;
    }

    Named entityUnits(int year, String entityCode, boolean headquarters) {
        EntityResultDetail detail = headquarters ? results.entity(year, entityCode) : published.entity(year, entityCode);
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
        return new Named(new Table("units " + year, columns, lines), "patuh-results-" + year + "-" + entityCode);
    }

    Named locus(int year, String entity) {
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
        return new Named(table, "patuh-locus-" + year + (entityCode == null ? "" : "-" + entityCode));
    }

    /**
     * The fieldwork plan as the assignments page shows it: every locus unit of an office (HQ: of the office asked for,
     * or the whole locus) with its assessor, visit date and respondent confirmation — for offices that plan visits in
     * a spreadsheet.
     */
    Named assignments(PatuhUser viewer, int year, String office) {
        String officeCode = office == null || office.isBlank() ? null : office.trim();
        List<List<Object>> lines = new ArrayList<>();
        for (AssignedUnit unit : assignments.workload(viewer, year, officeCode).units()) {
            var u = unit.unit().unit();
            Assignment a = unit.assignment();
            lines.add(Arrays.asList(u.entityCode(), u.entityName(), u.provinceCode(), u.unitCode(), u.unitName(),
                    u.unitKind(), String.join(" ", unit.unit().observedProducts().stream().map(ServiceProduct::code).toList()),
                    a == null ? null : a.assessor().username(), a == null ? null : a.assessor().displayName(),
                    a == null ? null : a.assessor().officeCode(),
                    a == null || a.visitDate() == null ? null : a.visitDate().toString(),
                    a == null || a.respondentsConfirmedOn() == null ? null : a.respondentsConfirmedOn().toString(),
                    a == null ? null : a.respondentsContact(), unit.conflictOfInterest(),
                    a == null ? null : a.assignedBy(), a == null ? null : a.assignedAt().toString()));
        }
        Table table = new Table("assignments " + year, List.of("entityCode", "entityName", "provinceCode", "unitCode",
                "unitName", "unitKind", "products", "assessor", "assessorName", "assessorOffice", "visitDate",
                "respondentsConfirmedOn", "respondentsContact", "conflictOfInterest", "assignedBy", "assignedAt"), lines);
        return new Named(table, "patuh-assignments-" + year + (officeCode == null ? "" : "-" + officeCode));
    }

    /** Units per province and verification status, as the progress page (the provinces the viewer covers). */
    Named progress(PatuhUser viewer, int year) {
        List<String> columns = new ArrayList<>(List.of("provinceCode", "provinceName", "officeCode"));
        Arrays.stream(UnitStatus.values()).forEach(status -> columns.add(status.name()));
        columns.add("total");
        List<List<Object>> lines = new ArrayList<>();
        for (ProvinceProgress p : reviews.progress(viewer, year)) {
            List<Object> line = new ArrayList<>(Arrays.asList(p.provinceCode(), p.provinceName(), p.officeCode()));
            Arrays.stream(UnitStatus.values()).forEach(status -> line.add(p.units().getOrDefault(status, 0L)));
            line.add(p.total());
            lines.add(line);
        }
        return new Named(new Table("progress " + year, columns, lines), "patuh-progress-" + year);
    }

    /**
     * A province's locus units with where each stands in verification, as the province's units page; without a
     * province, the ministries' and agencies' units (HQ only).
     */
    Named unitStatuses(PatuhUser viewer, int year, String province) {
        String code = province == null || province.isBlank() ? null : provinces.require(province.trim()).code();
        if (code == null ? !viewer.isAdmin() : !viewer.coversProvince(code)) {
            throw DomainException.forbidden("review.outOfScope", code == null ? "—" : code, "—");
        }
        cycles.require(year);
        List<List<Object>> lines = new ArrayList<>();
        for (var u : cycles.locus(year)) {
            if (code == null ? u.provinceCode() != null : !code.equals(u.provinceCode())) {
                continue;
            }
            lines.add(Arrays.asList(u.entityCode(), u.entityName(), u.entityType(), u.provinceCode(), u.unitCode(),
                    u.unitName(), u.unitKind(), reviews.status(year, u.entityCode(), u.unitCode()).name()));
        }
        Table table = new Table("units " + year, List.of("entityCode", "entityName", "entityType", "provinceCode",
                "unitCode", "unitName", "unitKind", "status"), lines);
        return new Named(table, "patuh-units-" + year + "-" + (code == null ? "pusat" : code));
    }

    /** The open clarifications the viewer decides (an office head: its provinces), oldest first, as the queue page. */
    Named clarificationQueue(PatuhUser viewer, int year) {
        List<List<Object>> lines = new ArrayList<>();
        for (Clarification c : clarifications.queue(viewer, year)) {
            lines.add(Arrays.asList(c.id(), c.entityCode(), c.unitCode(), c.indicator(), c.product(), c.respondent(),
                    c.levelFiled(), c.statement(), c.filedBy(), c.filedAt().toString(), c.evidence().size()));
        }
        Table table = new Table("clarifications " + year, List.of("id", "entityCode", "unitCode", "indicator", "product",
                "respondent", "levelFiled", "statement", "filedBy", "filedAt", "evidenceFiles"), lines);
        return new Named(table, "patuh-clarifications-" + year);
    }

    /**
     * The public statistics page as one long table, newest published cycle first: per entity type (and all types
     * together) the count of each category and zone, with its share of the type's total in percent (2 decimals,
     * half-up, as on the page) — one line per figure, the shape pivot tables and statistics tools read.
     */
    Named statistics() {
        List<List<Object>> lines = new ArrayList<>();
        List<Cycle> newestFirst = cycles.all().stream().sorted(Comparator.comparingInt(Cycle::year).reversed()).toList();
        for (Cycle cycle : newestFirst) {
            Determination version = determinations.published(cycle.year()).orElse(null);
            if (version == null) {
                continue;
            }
            List<EntityResultRow> rows = published.entities(version, new ResultFilter(null, null));
            Map<String, List<EntityResultRow>> byType = new LinkedHashMap<>();
            byType.put("ALL", rows);
            for (EntityType type : EntityType.values()) {
                List<EntityResultRow> ofType = rows.stream().filter(r -> type.name().equals(r.type())).toList();
                if (!ofType.isEmpty()) {
                    byType.put(type.name(), ofType);
                }
            }
            // Every category of the version's methodology, a zero count included; none for the legacy zone method.
            List<String> categories = methodologies.require(version.methodologyId()).grades().stream()
                    .map(GradeBand::category).filter(Objects::nonNull)
                    .distinct().sorted().toList();
            byType.forEach((type, ofType) -> {
                int total = ofType.size();
                for (String category : categories) {
                    long count = ofType.stream().filter(r -> category.equals(r.category())).count();
                    lines.add(Arrays.asList(version.year(), version.version(), type, "category", category, count, total,
                            share(count, total)));
                }
                for (Zone zone : Zone.values()) {
                    long count = ofType.stream().filter(r -> zone.name().equals(r.zone())).count();
                    lines.add(Arrays.asList(version.year(), version.version(), type, "zone", zone.name(), count, total,
                            share(count, total)));
                }
            });
        }
        Table table = new Table("statistics", List.of("year", "version", "entityType", "measure", "value", "count",
                "total", "sharePercent"), lines);
        return new Named(table, "patuh-statistics");
    }

    private static BigDecimal share(long count, int total) {
        return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count * 100L)
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    Named entities(String type, String province, String q) {
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
        return new Named(new Table("entities", List.of("code", "name", "type", "provinceCode"), lines), "patuh-entities");
    }
}
