package id.patuh.results.site;

import id.patuh.methodology.GradeBand;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Province;
import id.patuh.registry.Provinces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public site's reads. Every query names one published snapshot version (year and version number), so nothing
 * here can reach live or embargoed data: the caller gets the version from {@link Publications}.
 */
@Component
class SiteQueries {

    private static final String LINE = """
            select entity_code, entity_name, entity_type, province_code, score, category, opinion, zone, national_rank,
                   province_rank, previous_year, previous_score, previous_category, previous_zone,
                   previous_national_rank, previous_province_rank, score_change, unit_count
            from snapshot_entities where year = ? and version = ?""";

    private final JdbcClient jdbc;
    private final Provinces provinces;
    private final Methodologies methodologies;
    private final ObjectMapper json;

    SiteQueries(JdbcClient jdbc, Provinces provinces, Methodologies methodologies, ObjectMapper json) {
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.methodologies = methodologies;
        this.json = json;
    }

    /** Province names by code. */
    Map<String, String> provinceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Province p : provinces.all()) {
            names.put(p.code(), p.name());
        }
        return names;
    }

    /** The grade bands (A–E, zones) of the methodology a version was computed under, highest first. */
    List<GradeBand> grades(PublishedVersion version) {
        return methodologies.require(version.methodologyId()).grades();
    }

    /** The opinion label in the reader's language (the snapshot keeps the authoritative Indonesian one). */
    Map<String, String> englishOpinions(PublishedVersion version) {
        Map<String, String> english = new HashMap<>();
        for (GradeBand band : grades(version)) {
            if (band.opinion() != null) {
                english.put(band.opinion().id(), band.opinion().en());
            }
        }
        return english;
    }

    /** The ranking lines of a version matching the filter (known codes only), in the requested order. */
    List<RankingLine> ranking(PublishedVersion version, RankingFilter filter) {
        if (!filter.unknown().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(LINE);
        List<Object> params = new ArrayList<>(List.of(version.year(), version.version()));
        condition(sql, params, "entity_type", filter.type());
        condition(sql, params, "province_code", filter.province());
        condition(sql, params, "category", filter.category());
        condition(sql, params, "zone", filter.zone());
        Map<String, String> names = provinceNames();
        List<RankingLine> lines = new ArrayList<>(jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> line(rs, names)).list());
        lines.sort(order(filter));
        return lines;
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static Comparator<RankingLine> order(RankingFilter filter) {
        Comparator<RankingLine> byRank = filter.provincial()
                ? Comparator.comparing(RankingLine::provinceRank, Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparing(RankingLine::nationalRank, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<RankingLine> byScore = Comparator.comparing(RankingLine::score).reversed();
        Comparator<RankingLine> byCode = Comparator.comparing(RankingLine::entityCode);
        return switch (filter.sort()) {
            case "name" -> Comparator.comparing(RankingLine::entityName).thenComparing(byCode);
            case "change" -> Comparator.comparing((RankingLine l) -> filter.provincial() ? l.provinceRankChange()
                            : l.nationalRankChange(), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(byScore).thenComparing(byCode);
            case "score" -> byScore.thenComparing(byCode);
            default -> filter.provincial() ? byRank.thenComparing(byCode) : byScore.thenComparing(byCode);
        };
    }

    /** Which entity types a version ranks, in the registry's order. */
    List<String> typesIn(PublishedVersion version) {
        List<String> present = jdbc.sql("select distinct entity_type from snapshot_entities where year = ? and version = ?")
                .params(version.year(), version.version()).query(String.class).list();
        return java.util.Arrays.stream(id.patuh.registry.EntityType.values()).map(Enum::name)
                .filter(present::contains).toList();
    }

    /** One entity's published line. */
    Optional<RankingLine> line(PublishedVersion version, String entityCode) {
        Map<String, String> names = provinceNames();
        return jdbc.sql(LINE + " and entity_code = ?").params(version.year(), version.version(), entityCode)
                .query((rs, n) -> line(rs, names)).optional();
    }

    /** The dimension codes of a version's units, in the methodology's order. */
    List<String> dimensionOrder(PublishedVersion version, String entityCode) {
        return jdbc.sql("select dimension_order from snapshot_units where year = ? and version = ? and entity_code = ? limit 1")
                .params(version.year(), version.version(), entityCode).query(String.class).optional()
                .map(text -> json.readValue(text, new TypeReference<List<String>>() {
                })).orElse(List.of());
    }

    /** An entity's published units, best first, each with its score in the previous published cycle if any. */
    List<UnitLine> units(PublishedVersion version, String entityCode, Optional<PublishedVersion> previous) {
        Map<String, BigDecimal> before = new HashMap<>();
        previous.ifPresent(p -> jdbc.sql("select unit_code, score from snapshot_units where year = ? and version = ? and entity_code = ?")
                .params(p.year(), p.version(), entityCode)
                .query((rs, n) -> before.put(rs.getString(1), rs.getBigDecimal(2))).list());
        return jdbc.sql("""
                        select unit_code, unit_name, unit_kind, score, category, zone, dimensions from snapshot_units
                        where year = ? and version = ? and entity_code = ? order by score desc, unit_code""")
                .params(version.year(), version.version(), entityCode)
                .query((rs, n) -> new UnitLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getString(6), json.readValue(rs.getString(7),
                        new TypeReference<LinkedHashMap<String, BigDecimal>>() {
                        }), before.get(rs.getString(1))))
                .list();
    }

    /** The entity's result in every published cycle, oldest first. */
    List<TrendPoint> trend(List<PublishedVersion> published, String entityCode) {
        List<TrendPoint> points = new ArrayList<>();
        for (PublishedVersion v : published) {
            jdbc.sql("""
                            select score, category, zone, national_rank, province_rank from snapshot_entities
                            where year = ? and version = ? and entity_code = ?""")
                    .params(v.year(), v.version(), entityCode)
                    .query((rs, n) -> new TrendPoint(v.year(), v.version(), rs.getBigDecimal(1), rs.getString(2),
                            rs.getString(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5)))
                    .optional().ifPresent(points::add);
        }
        points.sort(Comparator.comparingInt(TrendPoint::year));
        return points;
    }

    /**
     * Every province with its provincial government's result and the mean of its regency and city governments'
     * published (rounded) scores, graded under the version's methodology — the public record has no unrounded entity
     * scores, so this is the mean a reader of the open data would compute.
     */
    List<ProvinceMapArea> map(PublishedVersion version) {
        Methodology methodology = methodologies.require(version.methodologyId());
        Map<String, RankingLine> provincial = new HashMap<>();
        Map<String, List<BigDecimal>> local = new HashMap<>();
        Map<String, String> names = provinceNames();
        jdbc.sql(LINE + " and province_code is not null").params(version.year(), version.version())
                .query((rs, n) -> line(rs, names)).list().forEach(l -> {
                    if ("PEMPROV".equals(l.type())) {
                        provincial.put(l.provinceCode(), l);
                    } else {
                        local.computeIfAbsent(l.provinceCode(), k -> new ArrayList<>()).add(l.score());
                    }
                });
        List<ProvinceMapArea> areas = new ArrayList<>();
        names.forEach((code, name) -> {
            RankingLine p = provincial.get(code);
            List<BigDecimal> scores = local.getOrDefault(code, List.of());
            BigDecimal mean = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
            areas.add(new ProvinceMapArea(code, name, p == null ? null : p.score(), p == null ? null : p.zone(), mean,
                    mean == null ? null : methodology.gradeFor(mean).zone().name(), scores.size()));
        });
        return areas;
    }

    /** Entities per type, category and zone in every published cycle. */
    List<CategoryCount> counts(List<PublishedVersion> published) {
        List<CategoryCount> counts = new ArrayList<>();
        for (PublishedVersion v : published) {
            counts.addAll(jdbc.sql("""
                            select entity_type, category, zone, count(*) from snapshot_entities
                            where year = ? and version = ? group by entity_type, category, zone""")
                    .params(v.year(), v.version())
                    .query((rs, n) -> new CategoryCount(v.year(), rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4)))
                    .list());
        }
        return counts;
    }

    private static RankingLine line(ResultSet rs, Map<String, String> provinceNames) throws SQLException {
        String province = rs.getString("province_code");
        return new RankingLine(rs.getString("entity_code"), rs.getString("entity_name"), rs.getString("entity_type"),
                province, province == null ? null : provinceNames.get(province), rs.getBigDecimal("score"),
                rs.getString("category"), rs.getString("opinion"), rs.getString("zone"),
                (Integer) rs.getObject("national_rank"), (Integer) rs.getObject("province_rank"),
                (Integer) rs.getObject("previous_year"), rs.getBigDecimal("previous_score"),
                rs.getString("previous_category"), rs.getString("previous_zone"),
                (Integer) rs.getObject("previous_national_rank"), (Integer) rs.getObject("previous_province_rank"),
                rs.getBigDecimal("score_change"), rs.getInt("unit_count"));
    }
}
