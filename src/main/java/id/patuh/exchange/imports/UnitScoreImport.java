package id.patuh.exchange.imports;

import id.patuh.methodology.AggregationRules;
import id.patuh.methodology.Dimension;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.ServiceUnit;
import id.patuh.registry.UnitKind;
import id.patuh.results.DirectScores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unit scores of history years (2022–2024): one row per unit with its score and, optionally, its dimension points.
 * Missing units are created in the registry; each score is recorded through {@link DirectScores}, the path of
 * {@code PUT …/score}, with the same checks (all dimensions or none, each within its weight, adding up within 0.01).
 */
final class UnitScoreImport extends KindImport {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private record Line(String entityCode, String unitCode, String unitName, UnitKind kind, boolean create,
                        BigDecimal score, Map<String, BigDecimal> points) {
    }

    private final ImportContext context;
    private final Entities entities;
    private final DirectScores scores;
    private final List<Line> lines = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    UnitScoreImport(ImportContext context, Entities entities, DirectScores scores) {
        this.context = context;
        this.entities = entities;
        this.scores = scores;
    }

    static List<String> columns() {
        return List.of("entity_code", "unit_code", "unit_name", "unit_kind", "score");
    }

    @Override
    List<String> required() {
        return columns();
    }

    @Override
    List<String> optional() {
        return context.methodology().dimensions().stream().map(d -> d.code().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    void begin() {
        if (context.methodology().aggregation().unitToEntity() == AggregationRules.UnitAggregation.MEAN_OF_PRODUCTS) {
            context.errors().add(null, null, "exchange.import.unitScores.productMethod", context.year(),
                    context.methodology().id());
        }
    }

    @Override
    void row(ImportRowCells row) {
        EntitySummary entity = context.entity(row);
        String unitCode = row.required("unit_code");
        String name = row.text("unit_name");
        String kindText = row.text("unit_kind");
        BigDecimal score = row.figure("score", HUNDRED);
        if (score == null && row.text("score") == null) {
            row.required("score");
        }
        UnitKind kind = null;
        if (kindText != null) {
            try {
                kind = UnitKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                row.error("unit_kind", "exchange.import.row.unknownUnitKind", kindText,
                        String.join(", ", java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList()));
            }
        }
        if (unitCode != null && !unitCode.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")) {
            row.error("unit_code", "exchange.import.row.unitCodeFormat", unitCode);
            unitCode = null;
        }
        Map<String, BigDecimal> points = points(row, score);
        if (entity == null || unitCode == null) {
            return;
        }
        if (!seen.add(entity.code() + "|" + unitCode)) {
            row.error("unit_code", "exchange.import.row.duplicateUnit", entity.code(), unitCode);
            return;
        }
        Optional<ServiceUnit> existing = context.unit(entity.code(), unitCode);
        if (existing.isEmpty()) {
            if (name == null) {
                row.error("unit_name", "exchange.import.row.newUnitNeedsName", unitCode);
            }
            if (kind == null && kindText == null) {
                row.error("unit_kind", "exchange.import.row.newUnitNeedsKind", unitCode);
            }
        }
        if (!row.failed()) {
            lines.add(new Line(entity.code(), unitCode, name, kind, existing.isEmpty(), score, points));
        }
    }

    /** Dimension points: all of the methodology's dimensions or none, each within its weight, adding up to the score. */
    private Map<String, BigDecimal> points(ImportRowCells row, BigDecimal score) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        boolean broken = false;
        for (Dimension dimension : context.methodology().dimensions()) {
            String column = dimension.code().toLowerCase(Locale.ROOT);
            if (row.text(column) == null) {
                missing.add(column);
                continue;
            }
            BigDecimal value = row.figure(column, dimension.weight());
            if (value == null) {
                broken = true;
            } else {
                points.put(dimension.code(), value);
            }
        }
        if (points.isEmpty() && !broken) {
            return null;
        }
        if (!missing.isEmpty()) {
            for (String column : missing) {
                row.error(column, "exchange.import.unitScores.missingDimension");
            }
            return null;
        }
        if (broken || score == null) {
            return null;
        }
        BigDecimal sum = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(score).abs().compareTo(TOLERANCE) > 0) {
            row.error("score", "exchange.import.unitScores.pointsDoNotAddUp", sum.toPlainString(), score.toPlainString());
            return null;
        }
        return points;
    }

    @Override
    int write() {
        String by = context.user().username();
        for (Line line : lines) {
            if (line.create()) {
                entities.saveUnit(line.entityCode(), line.unitCode(), line.unitName(), line.kind());
            }
            scores.record(context.year(), line.entityCode(), line.unitCode(), line.score(), line.points(), by);
        }
        return lines.size();
    }
}
