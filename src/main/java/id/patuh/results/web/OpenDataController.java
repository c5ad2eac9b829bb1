package id.patuh.results.web;

import id.patuh.DomainException;
import id.patuh.registry.Province;
import id.patuh.registry.Provinces;
import id.patuh.results.Determination;
import id.patuh.results.Determinations;
import id.patuh.results.EntityResultRow;
import id.patuh.results.PublishedResults;
import id.patuh.results.ResultFilter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open data: every published cycle as CSV and JSON, one row per entity, from the newest published snapshot version
 * only, with a data dictionary page. Responses carry an ETag of the version so caches and CDNs can keep them.
 */
@Controller
class OpenDataController {

    /** The columns, in file order; the dictionary page describes each one (messages opendata.field.*). */
    static final List<String> COLUMNS = List.of("year", "version", "entity_code", "entity_name", "entity_type",
            "province_code", "province_name", "score", "category", "opinion", "zone", "national_rank", "province_rank",
            "unit_count", "previous_year", "previous_score", "previous_category", "previous_zone",
            "previous_national_rank", "previous_province_rank", "score_change", "decree_number", "decree_date");

    private final Determinations determinations;
    private final PublishedResults published;
    private final Provinces provinces;

    OpenDataController(Determinations determinations, PublishedResults published, Provinces provinces) {
        this.determinations = determinations;
        this.published = published;
        this.provinces = provinces;
    }

    /** One published cycle as the files serve it. */
    record Release(int year, int version, String decreeNumber, LocalDate decreeDate, OffsetDateTime publishAt,
                   List<Map<String, Object>> errata) {
    }

    @GetMapping("/open-data")
    String index(Model model) {
        List<Release> releases = new ArrayList<>();
        for (int year : determinations.publishedYears()) {
            determinations.published(year).ifPresent(d -> releases.add(release(d)));
        }
        model.addAttribute("releases", releases);
        model.addAttribute("columns", COLUMNS);
        return "results/open-data";
    }

    @GetMapping(value = "/open-data/{year}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String year, WebRequest request) {
        Determination version = published.require(year(year));
        String etag = etag(version, "csv");
        if (request.checkNotModified(etag)) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Map<String, Object> row : rows(version)) {
                List<Object> cells = new ArrayList<>();
                for (String column : COLUMNS) {
                    cells.add(cell(row.get(column)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A byte order mark lets spreadsheet programs read the names (Kepulauan, Daerah Istimewa...) as UTF-8.
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patuh-" + version.year() + "-v"
                        + version.version() + ".csv\"")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .eTag(etag)
                .body(body);
    }

    /** The published release with its rows: the JSON form of the same data. */
    record OpenDataDocument(int year, int version, String decreeNumber, LocalDate decreeDate, OffsetDateTime publishedAt,
                            String methodologyId, List<Map<String, Object>> errata, String dictionary,
                            List<Map<String, Object>> entities) {
    }

    @GetMapping(value = "/open-data/{year}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OpenDataDocument> json(@PathVariable String year, WebRequest request) {
        Determination version = published.require(year(year));
        String etag = etag(version, "json");
        if (request.checkNotModified(etag)) {
            return null;
        }
        Release release = release(version);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .eTag(etag)
                .body(new OpenDataDocument(version.year(), version.version(), version.decreeNumber(),
                        version.decreeDate(), version.publishAt(), version.methodologyId(), release.errata(),
                        "/open-data#dictionary", rows(version)));
    }

    private List<Map<String, Object>> rows(Determination version) {
        Map<String, String> provinceNames = new LinkedHashMap<>();
        for (Province province : provinces.all()) {
            provinceNames.put(province.code(), province.name());
        }
        Map<String, Integer> unitCounts = published.unitCounts(version);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EntityResultRow r : published.entities(version, new ResultFilter(null, null))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", version.year());
            row.put("version", version.version());
            row.put("entity_code", r.entityCode());
            row.put("entity_name", r.entityName());
            row.put("entity_type", r.type());
            row.put("province_code", r.provinceCode());
            row.put("province_name", r.provinceCode() == null ? null : provinceNames.get(r.provinceCode()));
            row.put("score", r.score());
            row.put("category", r.category());
            row.put("opinion", r.opinion());
            row.put("zone", r.zone());
            row.put("national_rank", r.nationalRank());
            row.put("province_rank", r.provinceRank());
            row.put("unit_count", unitCounts.getOrDefault(r.entityCode(), 0));
            row.put("previous_year", r.previous() == null ? null : r.previous().year());
            row.put("previous_score", r.previous() == null ? null : r.previous().score());
            row.put("previous_category", r.previous() == null ? null : r.previous().category());
            row.put("previous_zone", r.previous() == null ? null : r.previous().zone());
            row.put("previous_national_rank", r.previous() == null ? null : r.previous().nationalRank());
            row.put("previous_province_rank", r.previous() == null ? null : r.previous().provinceRank());
            row.put("score_change", r.scoreChange());
            row.put("decree_number", version.decreeNumber());
            row.put("decree_date", version.decreeDate());
            rows.add(row);
        }
        return rows;
    }

    private static Release release(Determination d) {
        List<Map<String, Object>> errata = d.errata().stream()
                .map(e -> Map.<String, Object>of("version", e.version(), "reason", e.reason(), "at", e.at()))
                .toList();
        return new Release(d.year(), d.version(), d.decreeNumber(), d.decreeDate(), d.publishAt(), errata);
    }

    /** Text that a spreadsheet would run as a formula is prefixed with an apostrophe; numbers stay numbers. */
    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value;
    }

    private static String etag(Determination version, String format) {
        return "\"open-data-" + version.year() + "-v" + version.version() + "-" + format + "\"";
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("results.notPublished", text);
        }
    }
}
