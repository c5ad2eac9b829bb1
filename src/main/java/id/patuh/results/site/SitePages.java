package id.patuh.results.site;

import id.patuh.DomainException;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.GradeBand;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.methodology.Zone;
import id.patuh.registry.EntityType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The public results site: rankings, an entity's profile, a province, the map and national statistics, read from the
 * published snapshot only. Anonymous pages come from {@link PageCache} with an ETag (304 on If-None-Match) and
 * {@code Cache-Control: public}; signed-in visitors get a fresh page (the navigation shows their role), never cached
 * by shared caches.
 */
@org.springframework.stereotype.Component
class SitePages {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final List<String> ZONES = Arrays.stream(Zone.values()).map(Enum::name).toList();

    private final Publications publications;
    private final SiteQueries queries;
    private final PageRenderer renderer;
    private final CurrentUser currentUser;
    private final Methodologies methodologies;
    private final ObjectMapper json;
    private final PageCache cache = new PageCache(2_000);

    SitePages(Publications publications, SiteQueries queries, PageRenderer renderer, CurrentUser currentUser,
              Methodologies methodologies, ObjectMapper json) {
        this.publications = publications;
        this.queries = queries;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.methodologies = methodologies;
        this.json = json;
    }

    /** /hasil: the newest published cycle's rankings, or a page saying nothing is published yet. */
    ServerResponse index(ServerRequest request) {
        List<PublishedVersion> published = publications.published();
        if (!published.isEmpty()) {
            return ServerResponse.status(302).location(URI.create("/hasil/" + published.get(0).year())).build();
        }
        return page(request, "results/site/none", Map::of);
    }

    /** /peta: the newest published cycle's map. */
    ServerResponse mapIndex(ServerRequest request) {
        List<PublishedVersion> published = publications.published();
        if (!published.isEmpty()) {
            return ServerResponse.status(302).location(URI.create("/peta/" + published.get(0).year())).build();
        }
        return page(request, "results/site/none", Map::of);
    }

    ServerResponse rankings(ServerRequest request) {
        PublishedVersion version = published(request.pathVariable("year"));
        return page(request, "results/site/rankings", () -> {
            RankingFilter filter = filter(request, version);
            Map<String, Object> model = common(version);
            model.put("filter", filter);
            model.put("lines", queries.ranking(version, filter));
            model.put("types", Arrays.stream(EntityType.values()).map(Enum::name).toList());
            model.put("provinceNames", queries.provinceNames());
            model.put("categories", categories(version));
            model.put("zones", ZONES);
            model.put("sorts", RankingFilter.SORTS);
            return model;
        });
    }

    ServerResponse entity(ServerRequest request) {
        PublishedVersion version = published(request.pathVariable("year"));
        String code = request.pathVariable("code").trim();
        return page(request, "results/site/entity", () -> {
            RankingLine line = queries.line(version, code)
                    .orElseThrow(() -> DomainException.notFound("results.entityNotInCycle", code, version.year()));
            Optional<PublishedVersion> previous = line.previousYear() == null ? Optional.empty()
                    : publications.published(line.previousYear());
            List<UnitLine> units = queries.units(version, code, previous);
            Methodology methodology = methodologies.require(version.methodologyId());
            List<String> dimensionCodes = queries.dimensionOrder(version, code);
            List<PublishedVersion> all = publications.published();
            List<TrendPoint> trend = queries.trend(all, code);
            Map<String, Object> model = common(version);
            model.put("line", line);
            model.put("units", units);
            model.put("dimensionCodes", dimensionCodes);
            model.put("dimensionNames", dimensionNames(methodology, RequestContextUtils.getLocale(request.servletRequest())));
            model.put("dimensionMeans", dimensionMeans(units, dimensionCodes));
            model.put("dimensionWeights", dimensionWeights(methodology));
            model.put("trend", trend);
            model.put("previousVersion", previous.orElse(null));
            model.put("changes", changes(units));
            model.put("dimensionChart", chart(dimensionChart(units, dimensionCodes, methodology, request)));
            model.put("trendChart", chart(trendChart(trend)));
            return model;
        });
    }

    ServerResponse province(ServerRequest request) {
        PublishedVersion version = published(request.pathVariable("year"));
        String code = request.pathVariable("code").trim();
        return page(request, "results/site/province", () -> {
            String name = queries.provinceNames().get(code);
            if (name == null) {
                throw DomainException.notFound("registry.province.notFound", code);
            }
            RankingFilter filter = new RankingFilter(null, code, null, null, "rank", List.of());
            List<RankingLine> lines = queries.ranking(version, filter);
            Map<String, Integer> zoneCounts = new LinkedHashMap<>();
            ZONES.forEach(z -> zoneCounts.put(z, 0));
            lines.forEach(l -> zoneCounts.merge(l.zone(), 1, Integer::sum));
            Map<String, Object> model = common(version);
            model.put("provinceCode", code);
            model.put("provinceName", name);
            model.put("lines", lines);
            model.put("zoneCounts", zoneCounts);
            model.put("provincial", lines.stream().filter(l -> "PEMPROV".equals(l.type())).findFirst().orElse(null));
            return model;
        });
    }

    ServerResponse map(ServerRequest request) {
        PublishedVersion version = published(request.pathVariable("year"));
        String by = request.param("by").map(String::trim).orElse("provinsi");
        boolean local = "daerah".equalsIgnoreCase(by);
        boolean unknown = !local && !"provinsi".equalsIgnoreCase(by);
        return page(request, "results/site/map", () -> {
            List<ProvinceMapArea> areas = queries.map(version);
            Map<String, Object> model = common(version);
            model.put("local", local);
            model.put("unknownBy", unknown ? by : null);
            model.put("areas", areas);
            model.put("zones", ZONES);
            List<Map<String, Object>> data = new ArrayList<>();
            for (ProvinceMapArea a : areas) {
                BigDecimal score = local ? a.localMean() : a.provincialScore();
                String zone = local ? a.localZone() : a.provincialZone();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", a.code());
                item.put("label", a.name());
                item.put("value", score);
                item.put("zone", zone);
                item.put("href", "/hasil/" + version.year() + "/provinsi/" + a.code());
                data.add(item);
            }
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("kind", "map");
            chart.put("geo", "/geo/indonesia-38-provinces.geojson");
            chart.put("data", data);
            model.put("mapChart", chart(chart));
            return model;
        });
    }

    ServerResponse statistics(ServerRequest request) {
        return page(request, "results/site/statistics", () -> {
            List<PublishedVersion> published = publications.published();
            List<CategoryCount> counts = queries.counts(published);
            // year -> type ("ALL" first) -> category/zone -> count
            Map<Integer, Map<String, Map<String, Integer>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
            Map<Integer, Map<String, Integer>> totals = new TreeMap<>(java.util.Comparator.reverseOrder());
            for (CategoryCount c : counts) {
                Map<String, Map<String, Integer>> types = byYear.computeIfAbsent(c.year(), y -> new LinkedHashMap<>());
                for (String type : List.of("ALL", c.type())) {
                    Map<String, Integer> cells = types.computeIfAbsent(type, t -> new LinkedHashMap<>());
                    cells.merge("category:" + c.category(), c.count(), Integer::sum);
                    cells.merge("zone:" + c.zone(), c.count(), Integer::sum);
                    totals.computeIfAbsent(c.year(), y -> new LinkedHashMap<>()).merge(type, c.count(), Integer::sum);
                }
            }
            byYear.values().forEach(types -> {
                Map<String, Map<String, Integer>> ordered = new LinkedHashMap<>();
                ordered.put("ALL", types.get("ALL"));
                Arrays.stream(EntityType.values()).map(Enum::name).filter(types::containsKey)
                        .forEach(t -> ordered.put(t, types.get(t)));
                types.clear();
                types.putAll(ordered);
            });
            List<String> categories = new ArrayList<>();
            for (PublishedVersion v : published) {
                for (GradeBand band : queries.grades(v)) {
                    if (band.category() != null && !categories.contains(band.category())) {
                        categories.add(band.category());
                    }
                }
            }
            categories.sort(null);
            // Each cell: the count and its share of the type's total, in percent (2 decimals, half-up).
            Map<Integer, Map<String, Map<String, StatCell>>> cells = new TreeMap<>(java.util.Comparator.reverseOrder());
            byYear.forEach((year, types) -> types.forEach((type, values) -> {
                int total = totals.get(year).get(type);
                Map<String, StatCell> row = new LinkedHashMap<>();
                categories.forEach(c -> row.put("category:" + c, cell(values.getOrDefault("category:" + c, 0), total)));
                ZONES.forEach(z -> row.put("zone:" + z, cell(values.getOrDefault("zone:" + z, 0), total)));
                cells.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(type, row);
            }));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("published", published);
            model.put("byYear", cells);
            model.put("totals", totals);
            model.put("categories", categories);
            model.put("zones", ZONES);
            model.put("zonesChart", chart(zonesChart(byYear, totals)));
            return model;
        });
    }

    // ---- the HTTP side: cache, ETag, Cache-Control -------------------------------------------------------------

    private ServerResponse page(ServerRequest request, String view, Supplier<Map<String, Object>> model) {
        HttpServletRequest servlet = request.servletRequest();
        Locale locale = RequestContextUtils.getLocale(servlet);
        PatuhUser user = currentUser.get().orElse(null);
        if (user != null) {
            byte[] body = renderer.render(view, model.get(), locale, user, servlet);
            return ServerResponse.ok().contentType(HTML).cacheControl(CacheControl.noCache().cachePrivate()).body(body);
        }
        String cacheKey = cacheKey(servlet, locale.getLanguage());
        PageCache.Page page = cache.get(publications.signature(), cacheKey,
                () -> renderer.render(view, model.get(), locale, null, servlet));
        // The language comes from a cookie (or ?lang=), so a shared cache must keep one copy per cookie.
        Optional<ServerResponse> notModified = request.checkNotModified(page.etag());
        if (notModified.isPresent()) {
            return ServerResponse.status(304).eTag(page.etag()).cacheControl(PUBLIC).header(HttpHeaders.VARY, "Cookie").build();
        }
        return ServerResponse.ok().contentType(HTML).eTag(page.etag()).cacheControl(PUBLIC)
                .header(HttpHeaders.VARY, "Cookie").body(page.body());
    }

    /** Parameters that change a page; any other is ignored and shares the page. */
    private static final List<String> PARAMETERS = List.of("type", "province", "category", "zone", "sort", "by");

    /**
     * The key of an anonymous page: language, demo banner, path and the page's parameters as given (checking codes
     * needs the registry and the methodology, so it happens only when rendering).
     */
    String cacheKey(HttpServletRequest request, String language) {
        StringBuilder key = new StringBuilder(language).append('|').append(renderer.demoMode()).append('|')
                .append(request.getRequestURI());
        for (String name : PARAMETERS) {
            String value = request.getParameter(name);
            key.append('|').append(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        }
        return key.toString();
    }

    /** A page already rendered for anonymous visitors under the current published versions, or null. */
    PageCache.Page cached(HttpServletRequest request, String language) {
        return cache.peek(publications.signature(), cacheKey(request, language));
    }

    private PublishedVersion published(String year) {
        try {
            int number = Integer.parseInt(year.trim());
            return publications.published(number)
                    .orElseThrow(() -> DomainException.notFound("results.notPublished", number));
        } catch (NumberFormatException e) {
            throw DomainException.notFound("results.notPublished", year);
        }
    }

    private Map<String, Object> common(PublishedVersion version) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("version", version);
        model.put("years", publications.published().stream().map(PublishedVersion::year).toList());
        model.put("englishOpinions", queries.englishOpinions(version));
        return model;
    }

    /** The visitor's filters, upper-cased; codes that mean nothing are collected, never an error. */
    private RankingFilter filter(ServerRequest request, PublishedVersion version) {
        List<String> unknown = new ArrayList<>();
        String type = code(request, "type", Arrays.stream(EntityType.values()).map(Enum::name).toList(), unknown);
        String province = request.param("province").map(String::trim).filter(p -> !p.isEmpty()).orElse(null);
        if (province != null && !queries.provinceNames().containsKey(province)) {
            unknown.add("province=" + province);
            province = null;
        }
        String category = code(request, "category", categories(version), unknown);
        String zone = code(request, "zone", ZONES, unknown);
        String sort = request.param("sort").map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).orElse("rank");
        if (!RankingFilter.SORTS.contains(sort)) {
            unknown.add("sort=" + sort);
            sort = "rank";
        }
        if (type == null && province == null && unknown.isEmpty()) {
            // National ranks are per entity type: the national view always shows one type.
            List<String> present = queries.typesIn(version);
            type = present.contains("PEMKAB") ? "PEMKAB" : present.isEmpty() ? "PEMKAB" : present.get(0);
        }
        return new RankingFilter(type, province, category, zone, sort, List.copyOf(unknown));
    }

    private static String code(ServerRequest request, String name, List<String> known, List<String> unknown) {
        String value = request.param(name).map(v -> v.trim().toUpperCase(Locale.ROOT)).filter(v -> !v.isEmpty()).orElse(null);
        if (value != null && !known.contains(value)) {
            unknown.add(name + "=" + value);
            return null;
        }
        return value;
    }

    private List<String> categories(PublishedVersion version) {
        return queries.grades(version).stream().map(GradeBand::category).filter(java.util.Objects::nonNull).toList();
    }

    // ---- the profile's figures ----------------------------------------------------------------------------------

    /** Dimension names in the reader's language, by code. */
    private static Map<String, String> dimensionNames(Methodology methodology, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Dimension d : methodology.dimensions()) {
            names.put(d.code(), "en".equals(locale.getLanguage()) ? d.name().en() : d.name().id());
        }
        return names;
    }

    private static Map<String, BigDecimal> dimensionWeights(Methodology methodology) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        methodology.dimensions().forEach(d -> weights.put(d.code(), d.weight()));
        return weights;
    }

    /** Mean points per dimension over the entity's units (of the published, rounded unit points). */
    private static Map<String, BigDecimal> dimensionMeans(List<UnitLine> units, List<String> codes) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (String code : codes) {
            List<BigDecimal> points = units.stream().map(u -> u.dimensions().get(code)).filter(java.util.Objects::nonNull).toList();
            if (!points.isEmpty()) {
                means.put(code, points.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(points.size()), 2, RoundingMode.HALF_UP));
            }
        }
        return means;
    }

    /** Units that rose, fell, stayed, or are new since last year's published cycle. */
    private static Map<String, Integer> changes(List<UnitLine> units) {
        Map<String, Integer> changes = new LinkedHashMap<>();
        changes.put("up", 0);
        changes.put("down", 0);
        changes.put("same", 0);
        changes.put("new", 0);
        for (UnitLine u : units) {
            BigDecimal change = u.scoreChange();
            String kind = change == null ? "new" : change.signum() > 0 ? "up" : change.signum() < 0 ? "down" : "same";
            changes.merge(kind, 1, Integer::sum);
        }
        return changes;
    }

    private static Map<String, Object> dimensionChart(List<UnitLine> units, List<String> codes, Methodology methodology,
                                                      ServerRequest request) {
        Locale locale = RequestContextUtils.getLocale(request.servletRequest());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "dimensions");
        chart.put("units", units.stream().map(UnitLine::name).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (String code : codes) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", methodology.dimension(code).map(d -> "en".equals(locale.getLanguage()) ? d.name().en() : d.name().id()).orElse(code));
            s.put("data", units.stream().map(u -> u.dimensions().get(code)).toList());
            series.add(s);
        }
        chart.put("series", series);
        return chart;
    }

    private static Map<String, Object> trendChart(List<TrendPoint> trend) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "trend");
        chart.put("years", trend.stream().map(p -> String.valueOf(p.year())).toList());
        chart.put("scores", trend.stream().map(TrendPoint::score).toList());
        chart.put("zones", trend.stream().map(TrendPoint::zone).toList());
        return chart;
    }

    private static Map<String, Object> zonesChart(Map<Integer, Map<String, Map<String, Integer>>> byYear,
                                                  Map<Integer, Map<String, Integer>> totals) {
        List<Integer> years = new ArrayList<>(byYear.keySet());
        java.util.Collections.reverse(years);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "zones");
        chart.put("years", years.stream().map(String::valueOf).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (String zone : ZONES) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("zone", zone);
            s.put("data", years.stream().map(y -> share(byYear.get(y).get("ALL").getOrDefault("zone:" + zone, 0),
                    totals.get(y).get("ALL"))).toList());
            series.add(s);
        }
        chart.put("series", series);
        return chart;
    }

    /** A count in the statistics table and its share of the row's total. */
    record StatCell(int count, BigDecimal share) {
    }

    private static StatCell cell(int count, int total) {
        return new StatCell(count, share(count, total));
    }

    /** Percentage with two decimals, half-up. */
    static BigDecimal share(int count, int total) {
        return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count * 100L)
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    /** Chart data as JSON safe to place inside a script element. */
    private String chart(Map<String, Object> data) {
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
