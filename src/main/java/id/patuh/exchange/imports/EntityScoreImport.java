package id.patuh.exchange.imports;

import id.patuh.methodology.AggregationRules;
import id.patuh.registry.EntitySummary;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity scores of the years assessed by the legacy zone method (2018–2021), where only each entity's published
 * score is known: one row per entity. Kept in {@code imported_entity_scores}; a later import replaces an entity's score.
 */
final class EntityScoreImport extends KindImport {

    private record Line(String entityCode, BigDecimal score) {
    }

    private final ImportContext context;
    private final JdbcClient jdbc;
    private final long importId;
    private final List<Line> lines = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    EntityScoreImport(ImportContext context, JdbcClient jdbc, long importId) {
        this.context = context;
        this.jdbc = jdbc;
        this.importId = importId;
    }

    static List<String> columns() {
        return List.of("entity_code", "score");
    }

    @Override
    List<String> required() {
        return columns();
    }

    @Override
    void begin() {
        if (context.methodology().aggregation().unitToEntity() != AggregationRules.UnitAggregation.MEAN_OF_PRODUCTS) {
            context.errors().add(null, null, "exchange.import.entityScores.unitMethod", context.year(),
                    context.methodology().id());
        }
    }

    @Override
    void row(ImportRowCells row) {
        EntitySummary entity = context.entity(row);
        BigDecimal score = row.figure("score", UnitScoreImport.HUNDRED);
        if (score == null && row.text("score") == null) {
            row.required("score");
        }
        if (entity != null && !seen.add(entity.code())) {
            row.error("entity_code", "exchange.import.row.duplicateEntity", entity.code());
        }
        if (!row.failed()) {
            lines.add(new Line(entity.code(), score));
        }
    }

    @Override
    int write() {
        for (Line line : lines) {
            jdbc.sql("""
                            insert into imported_entity_scores (year, entity_code, score, import_id) values (?, ?, ?, ?)
                            on conflict (year, entity_code) do update
                            set score = excluded.score, import_id = excluded.import_id, recorded_at = now()""")
                    .params(context.year(), line.entityCode(), line.score(), importId).update();
        }
        return lines.size();
    }
}
