package id.patuh.exchange.imports;

import id.patuh.results.EntityScoresOnRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The entity scores brought in by {@code entity-scores} imports, as results reads them for the legacy zone years. */
@Component
class ImportedEntityScores implements EntityScoresOnRecord {

    private final JdbcClient jdbc;

    ImportedEntityScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, BigDecimal> of(int year) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        jdbc.sql("select entity_code, score from imported_entity_scores where year = ? order by entity_code").param(year)
                .query(rs -> {
                    scores.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return scores;
    }
}
