package id.patuh.results;

import id.patuh.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results the public sees: the newest published version of each determined cycle, read from its frozen snapshot.
 * A cycle with nothing published yet is "not found" — an embargo does not reveal that results exist.
 */
@Service
public class PublishedResults {

    private final JdbcClient jdbc;
    private final Determinations determinations;
    private final ObjectMapper json;

    PublishedResults(JdbcClient jdbc, Determinations determinations, ObjectMapper json) {
        this.jdbc = jdbc;
        this.determinations = determinations;
        this.json = json;
    }

    /** The published version of a cycle, or "not found" while there is none. */
    public Determination require(int year) {
        return determinations.published(year)
                .orElseThrow(() -> DomainException.notFound("results.notPublished", year));
    }

    /** The published entity lines, best first (ties by code), filtered by type and province. */
    public List<EntityResultRow> entities(int year, ResultFilter filter) {
        return entities(require(year), filter);
    }

    /** The entity lines of one given version (HQ may read any version, published or not). */
    public List<EntityResultRow> entities(Determination version, ResultFilter filter) {
        StringBuilder sql = new StringBuilder("select * from snapshot_entities where year = ? and version = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(version.year(), version.version()));
        if (filter.type() != null) {
            sql.append(" and entity_type = ?");
            params.add(filter.type());
        }
        if (filter.provinceCode() != null) {
            sql.append(" and province_code = ?");
            params.add(filter.provinceCode());
        }
        sql.append(" order by score desc, entity_code");
        return jdbc.sql(sql.toString()).params(params).query(PublishedResults::entityRow).list();
    }

    /** How many units each entity of a version was assessed through. */
    public Map<String, Integer> unitCounts(Determination version) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select entity_code, unit_count from snapshot_entities where year = ? and version = ?")
                .params(version.year(), version.version())
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** One entity's published result with its units. */
    public EntityResultDetail entity(int year, String entityCode) {
        return entity(require(year), entityCode);
    }

    public EntityResultDetail entity(Determination version, String entityCode) {
        EntityResultRow row = jdbc.sql("select * from snapshot_entities where year = ? and version = ? and entity_code = ?")
                .params(version.year(), version.version(), entityCode).query(PublishedResults::entityRow).optional()
                .orElseThrow(() -> DomainException.notFound("results.entityNotInCycle", entityCode, version.year()));
        List<String> order = new java.util.ArrayList<>();
        List<UnitResultRow> units = jdbc.sql("""
                        select * from snapshot_units where year = ? and version = ? and entity_code = ? order by unit_code""")
                .params(version.year(), version.version(), entityCode)
                .query((rs, n) -> {
                    if (order.isEmpty()) {
                        order.addAll(json.readValue(rs.getString("dimension_order"), new TypeReference<List<String>>() {
                        }));
                    }
                    return unitRow(rs);
                })
                .list();
        return new EntityResultDetail(row, units, List.copyOf(order));
    }

    private UnitResultRow unitRow(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> dimensions = json.readValue(rs.getString("dimensions"),
                new TypeReference<LinkedHashMap<String, BigDecimal>>() {
                });
        return new UnitResultRow(rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_kind"),
                rs.getBigDecimal("score"), rs.getString("category"), rs.getString("opinion"), rs.getString("zone"),
                true, dimensions, rs.getString("source"), List.of());
    }

    private static EntityResultRow entityRow(ResultSet rs, int n) throws SQLException {
        Integer previousYear = (Integer) rs.getObject("previous_year");
        PreviousResult previous = previousYear == null ? null : new PreviousResult(previousYear,
                rs.getBigDecimal("previous_score"), rs.getString("previous_category"), rs.getString("previous_zone"),
                (Integer) rs.getObject("previous_national_rank"), (Integer) rs.getObject("previous_province_rank"));
        return new EntityResultRow(rs.getString("entity_code"), rs.getString("entity_name"), rs.getString("entity_type"),
                rs.getString("province_code"), rs.getBigDecimal("score"), rs.getString("category"),
                rs.getString("opinion"), rs.getString("zone"), (Integer) rs.getObject("national_rank"),
                (Integer) rs.getObject("province_rank"), true, List.of(), previous, rs.getBigDecimal("score_change"));
    }
}
