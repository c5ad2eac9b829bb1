package id.patuh.reports.internal;

import id.patuh.DomainException;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.RecordedAnswers;
import id.patuh.fieldwork.SavedAnswer;
import id.patuh.methodology.AggregationRules;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.LocalizedText;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.EntityType;
import id.patuh.registry.Province;
import id.patuh.registry.Provinces;
import id.patuh.results.Determination;
import id.patuh.results.Determinations;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.EntityResultRow;
import id.patuh.results.PreviousResult;
import id.patuh.results.ScoringModels;
import id.patuh.results.UnitResultRow;
import id.patuh.scoring.LevelTally;
import id.patuh.scoring.ScoredUnit;
import id.patuh.scoring.ScoringEngine;
import id.patuh.scoring.UnitAnswers;
import id.patuh.scoring.UnitResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a rapor and a piagam say, assembled from a determined snapshot version: the figures are the frozen ones; the
 * findings are scored from the answer tallies frozen with the version ({@code Determinations.frozenAnswers}); the
 * assessors' notes are not frozen, so they are read from the live answers only while a unit's live tallies are exactly
 * (otherwise the cycle was reopened and changed after this version, and the rapor says the findings are unavailable).
 */
@Component
public class ReportContents {

    private static final Set<String> REGIONAL = Set.of("PEMPROV", "PEMKAB", "PEMKOT");

    private final Snapshots snapshots;
    private final Provinces provinces;
    private final Methodologies methodologies;
    private final ScoringModels models;
    private final Answers answers;
    private final MessageSource messages;
    private final Determinations determinations;
    private final int entityFindingsPerUnit;

    ReportContents(Snapshots snapshots, Provinces provinces, Methodologies methodologies, ScoringModels models,
                   Answers answers, MessageSource messages, Determinations determinations,
                   @org.springframework.beans.factory.annotation.Value("${patuh.reports.entity-findings-per-unit:5}")
                   int entityFindingsPerUnit) {
        this.messages = messages;
        this.determinations = determinations;
        this.entityFindingsPerUnit = entityFindingsPerUnit;
        this.snapshots = snapshots;
        this.provinces = provinces;
        this.methodologies = methodologies;
        this.models = models;
        this.answers = answers;
    }

    /** A dimension as the chart heads it: its points are out of its weight. */
    public record DimensionHead(String code, String name, BigDecimal weight) {
    }

    /** One dimension's bar for a unit: points, the weight they are out of, and the bar's length in percent. */
    public record Bar(String code, String name, BigDecimal points, BigDecimal weight, int percent) {
    }

    /** A unit's frozen result with its dimension bars. */
    public record UnitLine(String code, String name, String kind, BigDecimal score, String category, String opinion,
                    String zone, String source, List<Bar> bars) {
    }

    /** An indicator where the unit lost points: what was reached, the assessor's notes and what to do. */
    public record FindingLine(String indicatorCode, String indicatorText, String dimensionName, String levelReached,
                       int maxLevel, String levelLabel, String notes, String recommendation, BigDecimal pointsAtStake) {
    }

    /** Why a unit's findings are (not) listed. */
    public enum FindingsStatus { LISTED, NOTHING_LOST, SCORED_DIRECTLY, NOT_KEPT, PER_PRODUCT_METHOD }

    /**
     * A unit's findings, most points at stake first; {@code more} findings worth {@code morePoints} were left out of an
     * entity's rapor (its unit's own rapor lists them all).
     */
    public record UnitFindings(String unitCode, String unitName, FindingsStatus status, List<FindingLine> findings,
                               int more, BigDecimal morePoints, boolean notesWithheld) {

        UnitFindings(String unitCode, String unitName, FindingsStatus status, List<FindingLine> findings) {
            this(unitCode, unitName, status, findings, 0, BigDecimal.ZERO, false);
        }
    }

    /** A mean to compare with: what it is the mean of (a message key and its argument), its value and how many. */
    public record Comparison(String labelKey, List<String> labelArguments, BigDecimal mean, int count) {
    }

    /** Everything a rapor shows; {@code unit} is null for an entity's rapor. */
    public record Rapor(Determination determination, String entityCode, String entityName, String entityType,
                 String provinceName, UnitLine unit, BigDecimal score, String category, String opinion, String zone,
                 Integer nationalRank, int nationalOf, Integer provinceRank, int provinceOf, PreviousResult previous,
                 BigDecimal scoreChange, List<DimensionHead> dimensions, List<UnitLine> units,
                 List<UnitFindings> findings, List<Comparison> comparisons) {
    }

    /** Everything a piagam shows besides the signature and the verification code. */
    public record Certificate(Determination determination, String entityCode, String entityName, String provinceName,
                       String unitCode, String unitName, BigDecimal score, String category, String opinion,
                       String zone) {
    }

    Rapor rapor(Determination version, String entityCode, String unitCode, Locale locale) {
        Snapshots.Snapshot snapshot = snapshots.of(version);
        EntityResultDetail detail = snapshot.detail(entityCode);
        EntityResultRow entity = detail.entity();
        Methodology methodology = methodologies.require(version.methodologyId());
        List<DimensionHead> dimensions = dimensions(methodology, detail.dimensionCodes(), locale);
        List<UnitLine> units = detail.units().stream().map(u -> line(u, dimensions)).toList();
        String province = provinceName(entity.provinceCode());
        List<UnitFindings> findings = findings(version, methodology, entity, detail.units(), unitCode, locale);
        int nationalOf = (int) snapshot.entities().stream().filter(e -> e.type().equals(entity.type())).count();
        int provinceOf = entity.provinceCode() == null ? 0 : (int) snapshot.entities().stream()
                .filter(e -> entity.provinceCode().equals(e.provinceCode()) && REGIONAL.contains(e.type())).count();
        if (unitCode == null) {
            List<Comparison> comparisons = new ArrayList<>();
            if (entity.provinceCode() != null && REGIONAL.contains(entity.type())) {
                comparisons.add(mean("reports.rapor.compare.province", List.of(province), snapshot.entities().stream()
                        .filter(e -> entity.provinceCode().equals(e.provinceCode()) && REGIONAL.contains(e.type()))
                        .map(EntityResultRow::score).toList()));
            }
            comparisons.add(mean("reports.rapor.compare.type", List.of(word("entityType." + entity.type(), locale)), snapshot.entities().stream()
                    .filter(e -> e.type().equals(entity.type())).map(EntityResultRow::score).toList()));
            return new Rapor(version, entity.entityCode(), entity.entityName(), entity.type(), province, null,
                    entity.score(), entity.category(), entity.opinion(), entity.zone(), entity.nationalRank(), nationalOf,
                    entity.provinceRank(), provinceOf, entity.previous(), entity.scoreChange(), dimensions, units,
                    findings, comparisons);
        }
        UnitResultRow unit = detail.units().stream().filter(u -> u.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> DomainException.notFound("reports.unitNotInSnapshot", unitCode, entityCode, version.year()));
        UnitLine line = line(unit, dimensions);
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(new Comparison("reports.rapor.compare.entity", List.of(entity.entityName()), entity.score(), units.size()));
        List<EntityResultDetail> all = snapshot.all();
        if (entity.provinceCode() != null) {
            comparisons.add(mean("reports.rapor.compare.kindInProvince", List.of(word("unitKind." + unit.kind(), locale), province),
                    all.stream().filter(d -> entity.provinceCode().equals(d.entity().provinceCode()))
                            .flatMap(d -> d.units().stream()).filter(u -> u.kind().equals(unit.kind()))
                            .map(UnitResultRow::score).toList()));
        }
        comparisons.add(mean("reports.rapor.compare.kindNational", List.of(word("unitKind." + unit.kind(), locale)), all.stream()
                .flatMap(d -> d.units().stream()).filter(u -> u.kind().equals(unit.kind()))
                .map(UnitResultRow::score).toList()));
        return new Rapor(version, entity.entityCode(), entity.entityName(), entity.type(), province, line,
                unit.score(), unit.category(), unit.opinion(), unit.zone(), entity.nationalRank(), nationalOf,
                entity.provinceRank(), provinceOf, entity.previous(), entity.scoreChange(), dimensions, List.of(line),
                findings, comparisons);
    }

    Certificate certificate(Determination version, String entityCode, String unitCode) {
        EntityResultDetail detail = snapshots.of(version).detail(entityCode);
        EntityResultRow entity = detail.entity();
        String province = provinceName(entity.provinceCode());
        if (unitCode == null) {
            return new Certificate(version, entity.entityCode(), entity.entityName(), province, null, null,
                    entity.score(), entity.category(), entity.opinion(), entity.zone());
        }
        UnitResultRow unit = detail.units().stream().filter(u -> u.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> DomainException.notFound("reports.unitNotInSnapshot", unitCode, entityCode, version.year()));
        return new Certificate(version, entity.entityCode(), entity.entityName(), province, unit.unitCode(), unit.name(),
                unit.score(), unit.category(), unit.opinion(), unit.zone());
    }

    /** The frozen result of an entity (unit null) or unit in a version, or null when it is not in that version. */
    Certificate resultIn(Determination version, String entityCode, String unitCode) {
        Snapshots.Snapshot snapshot = snapshots.of(version);
        if (snapshot.entities().stream().noneMatch(e -> e.entityCode().equals(entityCode))) {
            return null;
        }
        EntityResultDetail detail = snapshot.detail(entityCode);
        if (unitCode != null && detail.units().stream().noneMatch(u -> u.unitCode().equals(unitCode))) {
            return null;
        }
        return certificate(version, entityCode, unitCode);
    }

    /** Every unit's frozen result of an entity in a version, in unit-code order. */
    List<Certificate> unitsOf(Determination version, String entityCode) {
        return snapshots.of(version).detail(entityCode).units().stream()
                .map(u -> certificate(version, entityCode, u.unitCode())).toList();
    }

    /** The entity codes of a version, optionally of one province, in code order (the order of a bulk ZIP). */
    List<String> entityCodes(Determination version, String provinceCode) {
        return snapshots.of(version).entities().stream()
                .filter(e -> provinceCode == null || provinceCode.equals(e.provinceCode()))
                .map(EntityResultRow::entityCode).sorted().toList();
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String provinceName(String code) {
        return code == null ? null : provinces.find(code).map(Province::name).orElse(code);
    }

    private static List<DimensionHead> dimensions(Methodology methodology, List<String> order, Locale locale) {
        Map<String, Dimension> byCode = new LinkedHashMap<>();
        methodology.dimensions().forEach(d -> byCode.put(d.code(), d));
        List<String> codes = order.isEmpty() ? List.copyOf(byCode.keySet()) : order;
        return codes.stream().map(code -> {
            Dimension d = byCode.get(code);
            return d == null ? new DimensionHead(code, code, null) : new DimensionHead(code, text(d.name(), locale), d.weight());
        }).toList();
    }

    private static UnitLine line(UnitResultRow unit, List<DimensionHead> dimensions) {
        List<Bar> bars = new ArrayList<>();
        for (DimensionHead head : dimensions) {
            BigDecimal points = unit.dimensions().get(head.code());
            if (points == null) {
                continue;
            }
            int percent = head.weight() == null || head.weight().signum() == 0 ? 0
                    : points.multiply(BigDecimal.valueOf(100)).divide(head.weight(), 0, RoundingMode.HALF_UP).intValue();
            // Weights may carry more decimals than points (15.295); shown, like points, to two.
            BigDecimal weight = head.weight() == null ? null : head.weight().setScale(2, RoundingMode.HALF_UP);
            bars.add(new Bar(head.code(), head.name(), points, weight, Math.max(0, Math.min(100, percent))));
        }
        return new UnitLine(unit.unitCode(), unit.name(), unit.kind(), unit.score(), unit.category(), unit.opinion(),
                unit.zone(), unit.source(), bars);
    }

    /** The mean of frozen (rounded) scores, half-up to two decimals: the snapshot keeps no unrounded figures. */
    private static Comparison mean(String key, List<String> arguments, List<BigDecimal> scores) {
        List<BigDecimal> present = scores.stream().filter(java.util.Objects::nonNull).toList();
        BigDecimal mean = present.isEmpty() ? null : present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
        return new Comparison(key, arguments, mean, present.size());
    }

    private List<UnitFindings> findings(Determination version, Methodology methodology, EntityResultRow entity,
                                        List<UnitResultRow> units, String onlyUnit, Locale locale) {
        List<UnitResultRow> chosen = units.stream().filter(u -> onlyUnit == null || u.unitCode().equals(onlyUnit)).toList();
        if (methodology.aggregation().unitToEntity() == AggregationRules.UnitAggregation.MEAN_OF_PRODUCTS) {
            return chosen.stream().map(u -> new UnitFindings(u.unitCode(), u.name(), FindingsStatus.PER_PRODUCT_METHOD,
                    List.of())).toList();
        }
        ScoringEngine engine = models.engine(methodology, methodologies.requireSummary(methodology.id()).sha256(),
                EntityType.valueOf(entity.type()));
        Map<String, Map<String, RecordedAnswers.Tally>> frozen = determinations.frozenAnswers(version.year(),
                version.version(), entity.entityCode());
        Map<String, RecordedAnswers> live = null;
        Map<String, String> dimensionOf = new LinkedHashMap<>();
        for (Dimension dimension : methodology.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                dimensionOf.put(indicator.code(), text(dimension.name(), locale));
            }
        }
        List<UnitFindings> result = new ArrayList<>();
        for (UnitResultRow unit : chosen) {
            if (!"COMPUTED".equals(unit.source())) {
                result.add(new UnitFindings(unit.unitCode(), unit.name(), FindingsStatus.SCORED_DIRECTLY, List.of()));
                continue;
            }
            Map<String, RecordedAnswers.Tally> unitTallies = frozen.get(unit.unitCode());
            Map<String, LevelTally> tallies = new LinkedHashMap<>();
            if (unitTallies != null) {
                unitTallies.forEach((code, t) -> tallies.put(code,
                        new LevelTally(t.respondents(), t.sum(), t.lowest(), t.highest())));
            }
            UnitResult frozenResult = tallies.isEmpty() ? null
                    : engine.scoreUnit(UnitAnswers.ofTallies(unit.unitCode(), unit.kind(), tallies));
            // Versions determined before tallies were frozen (older versions of a reopened cycle) have none, or none
            // that reproduce the frozen score: no findings rather than findings from answers changed since.
            if (!(frozenResult instanceof ScoredUnit scored) || scored.roundedScore().compareTo(unit.score()) != 0) {
                result.add(new UnitFindings(unit.unitCode(), unit.name(), FindingsStatus.NOT_KEPT, List.of()));
                continue;
            }
            if (live == null) {
                live = answers.of(version.year(), entity.entityCode(), false).getOrDefault(entity.entityCode(), Map.of());
            }
            // Notes are not frozen: read live only while the unit's live answers tally exactly as frozen.
            RecordedAnswers liveUnit = live.get(unit.unitCode());
            boolean unchanged = liveUnit != null && liveUnit.byIndicator().equals(unitTallies);
            Map<String, String> notes = unchanged
                    ? notes(answers.ofUnit(version.year(), entity.entityCode(), unit.unitCode())) : Map.of();
            List<FindingLine> lines = new ArrayList<>();
            for (Indicator indicator : methodology.indicators()) {
                RecordedAnswers.Tally tally = unitTallies.get(indicator.code());
                int max = indicator.scale().maxLevel();
                if (tally == null || tally.lowest() >= max) {
                    continue;
                }
                Map<String, LevelTally> best = new LinkedHashMap<>(tallies);
                best.put(indicator.code(), new LevelTally(1, max, max, max));
                UnitResult better = engine.scoreUnit(UnitAnswers.ofTallies(unit.unitCode(), unit.kind(), best));
                if (!(better instanceof ScoredUnit improved)) {
                    continue;
                }
                BigDecimal atStake = improved.score().subtract(scored.score()).setScale(2, RoundingMode.HALF_UP);
                if (atStake.signum() <= 0) {
                    continue;
                }
                boolean single = tally.lowest() == tally.highest();
                String reached = single ? Integer.toString(tally.lowest())
                        : BigDecimal.valueOf(tally.sum()).divide(BigDecimal.valueOf(tally.respondents()), 2,
                        RoundingMode.HALF_UP).toPlainString();
                String label = single ? indicator.scale().levels().stream().filter(l -> l.value() == tally.lowest())
                        .findFirst().map(l -> text(l.label(), locale)).orElse(null) : null;
                lines.add(new FindingLine(indicator.code(), text(indicator.text(), locale),
                        dimensionOf.get(indicator.code()), reached, max, label, notes.get(indicator.code()),
                        text(indicator.recommendation(), locale), atStake));
            }
            lines.sort(Comparator.comparing(FindingLine::pointsAtStake).reversed().thenComparing(FindingLine::indicatorCode));
            // An entity's rapor is a summary over all its units: the few findings worth most per unit, the rest counted
            // (a unit's own rapor lists every one). Forty findings for each of seven units would make ~30 pages.
            int shown = onlyUnit == null ? Math.min(entityFindingsPerUnit, lines.size()) : lines.size();
            BigDecimal rest = lines.subList(shown, lines.size()).stream().map(FindingLine::pointsAtStake)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            result.add(new UnitFindings(unit.unitCode(), unit.name(),
                    lines.isEmpty() ? FindingsStatus.NOTHING_LOST : FindingsStatus.LISTED, List.copyOf(lines.subList(0, shown)),
                    lines.size() - shown, rest, !unchanged && !lines.isEmpty()));
        }
        return result;
    }

    /** The assessors' notes per indicator, every respondent's distinct note once, in respondent order. */
    private static Map<String, String> notes(List<SavedAnswer> saved) {
        Map<String, Set<String>> byIndicator = new LinkedHashMap<>();
        for (SavedAnswer answer : saved) {
            if (answer.level() != null && answer.note() != null && !answer.note().isBlank()) {
                byIndicator.computeIfAbsent(answer.indicator(), k -> new LinkedHashSet<>()).add(answer.note().trim());
            }
        }
        Map<String, String> joined = new LinkedHashMap<>();
        byIndicator.forEach((code, notes) -> joined.put(code, String.join(" · ", notes)));
        return joined;
    }

    private static String text(LocalizedText text, Locale locale) {
        if (text == null) {
            return null;
        }
        return "en".equals(locale.getLanguage()) && text.en() != null && !text.en().isBlank() ? text.en() : text.id();
    }
}
