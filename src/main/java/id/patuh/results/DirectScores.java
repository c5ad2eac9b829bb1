package id.patuh.results;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.CyclePhases;
import id.patuh.cycle.Cycles;
import id.patuh.methodology.AggregationRules;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unit scores recorded directly — history where only a unit's score (and perhaps its dimension points) is published.
 * The unit joins the cycle's locus; given dimension points must be the methodology's dimensions, each within its
 * weight, and add up to the score within 0.01 (each published figure is itself rounded).
 */
@Service
public class DirectScores {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private final JdbcClient jdbc;
    private final Cycles cycles;
    private final Methodologies methodologies;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final CyclePhases phases;

    DirectScores(JdbcClient jdbc, Cycles cycles, Methodologies methodologies, ObjectMapper json,
                 ApplicationEventPublisher events, CyclePhases phases) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.json = json;
        this.events = events;
        this.phases = phases;
    }

    @Transactional
    public UnitScoreRecorded record(int year, String entityCode, String unitCode, BigDecimal score,
                                    Map<String, BigDecimal> dimensionPoints, String recordedBy) {
        Cycle cycle = cycles.requireUndetermined(year);
        // History is recorded this way in any phase until determination begins; then results are being fixed.
        phases.requireResultsOpen(year);
        Methodology methodology = methodologies.require(cycle.methodologyId());
        if (methodology.aggregation().unitToEntity() == AggregationRules.UnitAggregation.MEAN_OF_PRODUCTS) {
            throw DomainException.invalid("results.directScore.productMethod", cycle.methodologyId());
        }
        requirePublishedFigure("score", score, HUNDRED);
        Map<String, BigDecimal> points = dimensionPoints == null || dimensionPoints.isEmpty() ? null
                : checkedPoints(methodology, score, dimensionPoints);
        cycles.joinLocus(year, entityCode, unitCode);
        BigDecimal previous = jdbc.sql("select score from direct_unit_scores where year = ? and entity_code = ? and unit_code = ?")
                .params(year, entityCode, unitCode).query(BigDecimal.class).optional().orElse(null);
        jdbc.sql("""
                        insert into direct_unit_scores (year, entity_code, unit_code, score, dimension_points, recorded_by)
                        values (?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (year, entity_code, unit_code) do update
                        set score = excluded.score, dimension_points = excluded.dimension_points,
                            recorded_by = excluded.recorded_by, recorded_at = now()""")
                .params(year, entityCode, unitCode, score.setScale(2), points == null ? null : json.writeValueAsString(points),
                        recordedBy)
                .update();
        UnitScoreRecorded recorded = new UnitScoreRecorded(year, entityCode, unitCode, score.setScale(2), points,
                previous, recordedBy);
        events.publishEvent(recorded);
        return recorded;
    }

    /** The recorded scores of a cycle, by entity code and unit code. */
    public Map<String, Map<String, Recorded>> of(int year) {
        return of(year, null);
    }

    /** As {@link #of(int)}, for one entity only (null: every entity). */
    public Map<String, Map<String, Recorded>> of(int year, String entityCode) {
        Map<String, Map<String, Recorded>> scores = new LinkedHashMap<>();
        jdbc.sql("select entity_code, unit_code, score, dimension_points::text as points from direct_unit_scores "
                        + "where year = ?" + (entityCode == null ? " " : " and entity_code = ? "))
                .params(entityCode == null ? new Object[]{year} : new Object[]{year, entityCode})
                .query(rs -> {
                    String points = rs.getString("points");
                    Map<String, BigDecimal> dimensions = points == null ? null
                            : json.readValue(points, new TypeReference<LinkedHashMap<String, BigDecimal>>() { });
                    scores.computeIfAbsent(rs.getString("entity_code"), k -> new LinkedHashMap<>())
                            .put(rs.getString("unit_code"), new Recorded(rs.getBigDecimal("score"), dimensions));
                });
        return scores;
    }

    /** A recorded unit score with its dimension points, if they were given. */
    public record Recorded(BigDecimal score, Map<String, BigDecimal> dimensionPoints) {
    }

    private static Map<String, BigDecimal> checkedPoints(Methodology methodology, BigDecimal score,
                                                         Map<String, BigDecimal> given) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (String code : given.keySet()) {
            if (methodology.dimension(code).isEmpty()) {
                throw DomainException.invalidField("dimensions." + code, "results.directScore.unknownDimension", code,
                        methodology.dimensions().stream().map(Dimension::code).toList().toString());
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Dimension dimension : methodology.dimensions()) {
            BigDecimal points = given.get(dimension.code());
            if (points == null) {
                throw DomainException.invalidField("dimensions." + dimension.code(), "results.directScore.missingDimension",
                        dimension.code());
            }
            requirePublishedFigure("dimensions." + dimension.code(), points, dimension.weight());
            ordered.put(dimension.code(), points.setScale(2));
            sum = sum.add(points);
        }
        if (sum.subtract(score).abs().compareTo(TOLERANCE) > 0) {
            throw DomainException.invalidField("dimensions", "results.directScore.pointsDoNotAddUp",
                    sum.toPlainString(), score.toPlainString());
        }
        return ordered;
    }

    /** A published figure: between 0 and its maximum, at most two decimals. */
    private static void requirePublishedFigure(String field, BigDecimal value, BigDecimal maximum) {
        if (value == null) {
            throw DomainException.invalidField(field, "results.directScore.required", field);
        }
        if (value.signum() < 0 || value.compareTo(maximum) > 0) {
            throw DomainException.invalidField(field, "results.directScore.outOfRange", field, value.toPlainString(),
                    maximum.stripTrailingZeros().toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalidField(field, "results.directScore.tooManyDecimals", field, value.toPlainString());
        }
    }
}
