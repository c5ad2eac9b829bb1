package id.patuh.results;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusUnit;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.RecordedAnswers;
import id.patuh.methodology.AggregationRules;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.EntityType;
import id.patuh.scoring.AnswerIssue;
import id.patuh.scoring.CycleResult;
import id.patuh.scoring.DimensionPoints;
import id.patuh.scoring.DirectUnitScore;
import id.patuh.scoring.EntityAnswers;
import id.patuh.scoring.EntityResult;
import id.patuh.scoring.GradeBand;
import id.patuh.scoring.IncompleteEntity;
import id.patuh.scoring.IncompleteUnit;
import id.patuh.scoring.LevelTally;
import id.patuh.scoring.ProductAnswers;
import id.patuh.scoring.Rankings;
import id.patuh.scoring.ScoredEntity;
import id.patuh.scoring.ScoredUnit;
import id.patuh.scoring.ScoringEngine;
import id.patuh.scoring.UnitAnswers;
import id.patuh.scoring.UnitInput;
import id.patuh.scoring.YearOverYear;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySearch;
import id.patuh.registry.EntitySummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live score sheet of a cycle, computed by the pure engine from what is recorded (answers, or unit scores given
 * directly), under the cycle's own methodology version, with ranks and change since the
 * previous cycle computed under that cycle's own rules.
 */
@Service
public class CycleResults {

    private final Cycles cycles;
    private final Methodologies methodologies;
    private final DirectScores directScores;
    private final Answers answers;
    private final ScoringModels models;
    private final ObjectProvider<EntityScoresOnRecord> entityScores;
    private final Entities entities;

    CycleResults(Cycles cycles, Methodologies methodologies, DirectScores directScores, Answers answers,
                 ScoringModels models, ObjectProvider<EntityScoresOnRecord> entityScores,
                 Entities entities) {
        this.entityScores = entityScores;
        this.entities = entities;
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.directScores = directScores;
        this.answers = answers;
        this.models = models;
    }

    /** The entity lines of a cycle, best first (ties by code), filtered by type and province. */
    public List<EntityResultRow> entities(int year, ResultFilter filter) {
        Sheet sheet = sheet(year);
        return sheet.rows().values().stream()
                .filter(row -> filter.type() == null || filter.type().equals(row.type()))
                .filter(row -> filter.provinceCode() == null || filter.provinceCode().equals(row.provinceCode()))
                .sorted(BEST_FIRST)
                .toList();
    }

    public EntityResultDetail entity(int year, String entityCode) {
        Sheet sheet = sheet(year);
        EntityResultRow row = sheet.rows().get(entityCode);
        if (row == null) {
            throw DomainException.notFound("results.entityNotInCycle", entityCode, year);
        }
        return new EntityResultDetail(row, units(sheet, entityCode), sheet.methodology().dimensions().stream().map(Dimension::code).toList());
    }

    /**
     * One entity's live result computed for it alone — score, grade and units, without ranks or the previous year
     * (those need the whole cycle): what the entity's own provisional-results page reads, cheaply, on every view.
     */
    public EntityResultDetail entityAlone(int year, String entityCode) {
        Computed computed = compute(cycles.require(year), entityCode);
        Map<String, LocusUnit> locus = computed.locus().get(entityCode);
        if (locus == null) {
            throw DomainException.notFound("results.entityNotInCycle", entityCode, year);
        }
        EntityResult result = computed.result().entity(entityCode).orElseThrow();
        EntityResultRow ranked = row(locus.values().iterator().next(), result, computed, Optional.empty());
        EntityResultRow row = new EntityResultRow(ranked.entityCode(), ranked.entityName(), ranked.type(),
                ranked.provinceCode(), ranked.score(), ranked.category(), ranked.opinion(), ranked.zone(), null, null,
                ranked.complete(), ranked.incompleteUnits(), null, null);
        Sheet sheet = new Sheet(computed.methodology(), computed.result(), computed.locus(), Map.of(entityCode, row));
        return new EntityResultDetail(row, units(sheet, entityCode),
                computed.methodology().dimensions().stream().map(Dimension::code).toList());
    }

    private static List<UnitResultRow> units(Sheet sheet, String entityCode) {
        EntityResult result = sheet.result().entity(entityCode).orElseThrow();
        Map<String, LocusUnit> locus = sheet.locus().get(entityCode);
        List<UnitResultRow> units = new ArrayList<>();
        List<ScoredUnit> scored = result instanceof ScoredEntity s ? s.units() : ((IncompleteEntity) result).scoredUnits();
        for (ScoredUnit unit : scored) {
            units.add(unitRow(locus.get(unit.unitKey()), unit));
        }
        if (result instanceof IncompleteEntity incomplete) {
            for (IncompleteUnit unit : incomplete.incompleteUnits()) {
                units.add(unitRow(locus.get(unit.unitKey()), unit));
            }
        }
        units.sort(Comparator.comparing(UnitResultRow::unitCode));
        return units;
    }

    /** Every entity of the cycle with its units, best first, from one computation of the sheet (what a snapshot freezes). */
    public List<EntityResultDetail> details(int year) {
        Sheet sheet = sheet(year);
        List<String> dimensionCodes = sheet.methodology().dimensions().stream().map(Dimension::code).toList();
        return sheet.rows().values().stream().sorted(BEST_FIRST)
                .map(row -> new EntityResultDetail(row, units(sheet, row.entityCode()), dimensionCodes))
                .toList();
    }

    /**
     * One unit's live result, computed for its entity alone (no ranks): what a capture form shows beside itself and
     * what decides whether a unit can be submitted.
     */
    public UnitResultRow unit(int year, String entityCode, String unitCode) {
        Computed computed = compute(cycles.require(year), entityCode);
        Map<String, LocusUnit> locus = computed.locus().get(entityCode);
        if (locus == null || !locus.containsKey(unitCode)) {
            throw DomainException.notFound("results.unitNotInCycle", unitCode, entityCode, year);
        }
        EntityResult result = computed.result().entity(entityCode).orElseThrow();
        List<ScoredUnit> scored = result instanceof ScoredEntity s ? s.units() : ((IncompleteEntity) result).scoredUnits();
        for (ScoredUnit unit : scored) {
            if (unit.unitKey().equals(unitCode)) {
                return unitRow(locus.get(unitCode), unit);
            }
        }
        IncompleteUnit incomplete = ((IncompleteEntity) result).incompleteUnits().stream()
                .filter(u -> u.unitKey().equals(unitCode)).findFirst().orElseThrow();
        return unitRow(locus.get(unitCode), incomplete);
    }

    private static final Comparator<EntityResultRow> BEST_FIRST = Comparator
            .comparing((EntityResultRow row) -> row.score() == null ? BigDecimal.valueOf(-1) : row.score()).reversed()
            .thenComparing(EntityResultRow::entityCode);

    /** One computed cycle: its result, the previous cycle's, and the lines they make. */
    private record Sheet(Methodology methodology, CycleResult result, Map<String, Map<String, LocusUnit>> locus,
                         Map<String, EntityResultRow> rows) {
    }

    private record Computed(Cycle cycle, Methodology methodology, CycleResult result,
                            Map<String, Map<String, LocusUnit>> locus) {
    }

    private Sheet sheet(int year) {
        Computed current = compute(cycles.require(year));
        Optional<Computed> previous = cycles.previous(year).map(this::compute);
        Map<String, EntityResultRow> rows = new LinkedHashMap<>();
        for (EntityResult result : current.result().entities()) {
            LocusUnit any = current.locus().get(result.entityCode()).values().iterator().next();
            rows.put(result.entityCode(), row(any, result, current, previous));
        }
        return new Sheet(current.methodology(), current.result(), current.locus(), rows);
    }

    private Computed compute(Cycle cycle) {
        return compute(cycle, null);
    }

    /** Scores the cycle, or only one entity of it when {@code entityCode} is given (ranks then mean nothing). */
    private Computed compute(Cycle cycle, String entityCode) {
        Methodology methodology = methodologies.require(cycle.methodologyId());
        String version = methodologies.requireSummary(cycle.methodologyId()).sha256();
        Map<String, Map<String, DirectScores.Recorded>> recorded = directScores.of(cycle.year(), entityCode);
        boolean byProduct = methodology.aggregation().unitToEntity() == AggregationRules.UnitAggregation.MEAN_OF_PRODUCTS;
        Map<String, Map<String, RecordedAnswers>> answered = answers.of(cycle.year(), entityCode, byProduct);
        Map<String, Map<String, LocusUnit>> locus = new LinkedHashMap<>();
        for (LocusUnit unit : cycles.locus(cycle.year(), entityCode)) {
            locus.computeIfAbsent(unit.entityCode(), k -> new LinkedHashMap<>()).put(unit.unitCode(), unit);
        }
        List<EntityResult> results = new ArrayList<>();
        for (Map<String, LocusUnit> units : locus.values()) {
            LocusUnit first = units.values().iterator().next();
            ScoringEngine engine = models.engine(methodology, version, EntityType.valueOf(first.entityType()));
            List<UnitInput> inputs = new ArrayList<>();
            for (LocusUnit unit : units.values()) {
                inputs.add(input(unit, answered.getOrDefault(unit.entityCode(), Map.of()).get(unit.unitCode()),
                        recorded.getOrDefault(unit.entityCode(), Map.of()).get(unit.unitCode()), byProduct));
            }
            results.add(engine.scoreEntity(new EntityAnswers(first.entityCode(), first.entityType(), first.provinceCode(), inputs)));
        }
        addScoresOnRecord(cycle, entityCode, methodology, version, locus, results);
        return new Computed(cycle, methodology, new CycleResult(methodology.id(), results, Rankings.of(results)), locus);
    }

    /**
     * Entities whose score is only on record (imported legacy figures) and that have no unit in the locus: scored as
     * given, graded and ranked with the rest; they carry no units. Listed in the locus map with a unit-less line.
     */
    private void addScoresOnRecord(Cycle cycle, String entityCode, Methodology methodology, String version,
                                   Map<String, Map<String, LocusUnit>> locus, List<EntityResult> results) {
        EntityScoresOnRecord source = entityScores.getIfAvailable();
        if (source == null) {
            return;
        }
        Map<String, BigDecimal> onRecord = source.of(cycle.year());
        if (onRecord.isEmpty()) {
            return;
        }
        // One registry read for the whole sheet: a legacy year holds ~550 entities, each only a score.
        Map<String, EntitySummary> registry = new HashMap<>();
        entities.search(EntitySearch.all()).forEach(e -> registry.put(e.code(), e));
        onRecord.forEach((code, score) -> {
            if (locus.containsKey(code) || (entityCode != null && !entityCode.equals(code))) {
                return;
            }
            EntitySummary entity = registry.get(code);
            ScoringEngine engine = models.engine(methodology, version, entity.type());
            BigDecimal rounded = engine.round(score);
            results.add(new ScoredEntity(code, entity.type().name(), entity.provinceCode(), score, rounded,
                    engine.grade(rounded), List.of()));
            Map<String, LocusUnit> line = new LinkedHashMap<>();
            line.put("", new LocusUnit(cycle.year(), code, entity.name(), entity.type().name(), entity.provinceCode(),
                    null, null, null));
            locus.put(code, line);
        });
    }

    /**
     * A unit is scored from its answers when it has any (captured data is the assessment); otherwise from a directly
     * recorded score (history); otherwise it has nothing and the engine lists everything it misses.
     */
    private static UnitInput input(LocusUnit unit, RecordedAnswers answered, DirectScores.Recorded direct, boolean byProduct) {
        if (answered != null) {
            if (byProduct) {
                return UnitAnswers.ofProducts(unit.unitCode(), unit.unitKind(), answered.byProduct().entrySet().stream()
                        .map(product -> new ProductAnswers(product.getKey(), product.getValue())).toList());
            }
            Map<String, LevelTally> tallies = new LinkedHashMap<>();
            answered.byIndicator().forEach((indicator, tally) -> tallies.put(indicator,
                    new LevelTally(tally.respondents(), tally.sum(), tally.lowest(), tally.highest())));
            return UnitAnswers.ofTallies(unit.unitCode(), unit.unitKind(), tallies);
        }
        if (direct != null) {
            return new DirectUnitScore(unit.unitCode(), direct.score(),
                    direct.dimensionPoints() == null ? Map.of() : direct.dimensionPoints());
        }
        return byProduct ? UnitAnswers.ofProducts(unit.unitCode(), unit.unitKind(), List.of())
                : new UnitAnswers(unit.unitCode(), unit.unitKind(), Map.of());
    }

    private static EntityResultRow row(LocusUnit entity, EntityResult result, Computed current, Optional<Computed> previous) {
        Rankings rankings = current.result().rankings();
        Integer national = boxed(rankings.nationalRank(result.entityCode()));
        Integer province = boxed(rankings.provinceRank(result.entityCode()));
        PreviousResult before = null;
        BigDecimal change = null;
        if (previous.isPresent() && previous.get().result().entity(result.entityCode()).isPresent()) {
            YearOverYear yoy = YearOverYear.of(result.entityCode(), current.result(), previous.get().result());
            before = new PreviousResult(previous.get().cycle().year(), yoy.previousScore(), yoy.previousCategory(),
                    yoy.previousZone() == null ? null : yoy.previousZone().name(), yoy.previousNationalRank(),
                    yoy.previousProvinceRank());
            change = yoy.scoreChange();
        }
        if (result instanceof ScoredEntity scored) {
            GradeBand grade = scored.grade();
            return new EntityResultRow(entity.entityCode(), entity.entityName(), entity.entityType(), entity.provinceCode(),
                    scored.roundedScore(), grade.category(), grade.opinion(), grade.zone().name(), national, province,
                    true, List.of(), before, change);
        }
        IncompleteEntity incomplete = (IncompleteEntity) result;
        return new EntityResultRow(entity.entityCode(), entity.entityName(), entity.entityType(), entity.provinceCode(),
                null, null, null, null, null, null, false,
                incomplete.incompleteUnits().stream().map(IncompleteUnit::unitKey).sorted().toList(), before, null);
    }

    private static UnitResultRow unitRow(LocusUnit unit, ScoredUnit scored) {
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        for (DimensionPoints points : scored.dimensions()) {
            dimensions.put(points.dimensionCode(), points.roundedPoints());
        }
        GradeBand grade = scored.grade();
        return new UnitResultRow(unit.unitCode(), unit.unitName(), unit.unitKind(), scored.roundedScore(),
                grade.category(), grade.opinion(), grade.zone().name(), true, dimensions, scored.source().name(), List.of());
    }

    private static UnitResultRow unitRow(LocusUnit unit, IncompleteUnit incomplete) {
        List<UnitResultRow.MissingAnswer> missing = incomplete.issues().stream()
                .map(CycleResults::missing).toList();
        return new UnitResultRow(unit.unitCode(), unit.unitName(), unit.unitKind(), null, null, null, null, false,
                Map.of(), null, missing);
    }

    private static UnitResultRow.MissingAnswer missing(AnswerIssue issue) {
        return new UnitResultRow.MissingAnswer(issue.indicatorCode(), issue.productKey(), issue.problem().name(),
                issue.respondent());
    }

    private static Integer boxed(java.util.OptionalInt rank) {
        return rank.isPresent() ? rank.getAsInt() : null;
    }
}
