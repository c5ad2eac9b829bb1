package id.patuh.improvement;

import id.patuh.DomainException;
import id.patuh.cycle.Cycles;
import id.patuh.fieldwork.RecordedAnswers;
import id.patuh.identity.PatuhUser;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.ServiceUnit;
import id.patuh.results.Determinations;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.PublishedResults;
import id.patuh.results.ScoringModels;
import id.patuh.results.UnitResultRow;
import id.patuh.scoring.LevelTally;
import id.patuh.scoring.ScoredUnit;
import id.patuh.scoring.ScoringEngine;
import id.patuh.scoring.UnitAnswers;
import id.patuh.scoring.UnitResult;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Official findings for the rapor's follow-up: per published cycle, the indicators on which each unit of the entity
 * lost points, read from the official answers frozen with the published version and scored by the engine under the cycle's own methodology. Only
 * published cycles count (what the entity was officially told); a unit scored directly (history, no answers) has no
 * indicator findings.
 */
@Service
public class Findings {

    private final Determinations determinations;
    private final PublishedResults published;
    private final Cycles cycles;
    private final Methodologies methodologies;
    private final Entities entities;
    private final ScoringModels models;

    Findings(Determinations determinations, PublishedResults published, Cycles cycles, Methodologies methodologies,
             Entities entities, ScoringModels models) {
        this.determinations = determinations;
        this.published = published;
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.entities = entities;
        this.models = models;
    }

    /** An indicator as the official answers of one cycle leave it for a unit. */
    record Official(String unitCode, Indicator indicator, String dimensionCode, BigDecimal level, BigDecimal pointsLost) {
    }

    /** The published years in which the entity was assessed, newest first. */
    public List<Integer> years(PatuhUser reader, String entityCode) {
        Scope.requireMember(reader, entityCode);
        return yearsOf(entityCode);
    }

    List<Integer> yearsOf(String entityCode) {
        List<Integer> years = new ArrayList<>();
        for (int year : determinations.publishedYears()) {
            if (detail(year, entityCode).isPresent()) {
                years.add(year);
            }
        }
        return years;
    }

    /** The findings of a published year (the newest when null), the reader's units only, most points lost first. */
    public List<Finding> of(PatuhUser reader, String entityCode, Integer year) {
        Scope.requireMember(reader, entityCode);
        List<Integer> years = yearsOf(entityCode);
        if (years.isEmpty()) {
            return List.of();
        }
        int chosen = year == null ? years.get(0) : year;
        if (!years.contains(chosen)) {
            throw DomainException.notFound("improvement.findings.noYear", chosen, entityCode);
        }
        Entity entity = entities.require(entityCode);
        Map<String, Map<String, Official>> current = sheet(chosen, entity);
        Optional<Integer> previousYear = years.stream().filter(y -> y < chosen).findFirst();
        Map<String, Map<String, Official>> previous = previousYear.map(y -> sheet(y, entity)).orElse(Map.of());
        List<Finding> findings = new ArrayList<>();
        current.forEach((unitCode, indicators) -> {
            if (!Scope.seesUnit(reader, unitCode)) {
                return;
            }
            String unitName = entity.units().stream().filter(u -> u.code().equals(unitCode)).map(ServiceUnit::name)
                    .findFirst().orElse(unitCode);
            for (Official official : indicators.values()) {
                if (official.pointsLost().signum() <= 0) {
                    continue;
                }
                Official before = previous.getOrDefault(unitCode, Map.of()).get(official.indicator().code());
                boolean recurring = before != null && before.pointsLost().signum() > 0;
                Indicator indicator = official.indicator();
                findings.add(new Finding(chosen, unitCode, unitName, indicator.code(), official.dimensionCode(),
                        indicator.text().id(), indicator.text().en(), official.level(), indicator.scale().maxLevel(),
                        official.pointsLost(), indicator.recommendation().id(), indicator.recommendation().en(),
                        recurring, before == null ? null : previousYear.get(), before == null ? null : before.level()));
            }
        });
        findings.sort(Comparator.comparing(Finding::pointsLost).reversed().thenComparing(Finding::unitCode)
                .thenComparing(Finding::indicatorCode));
        return findings;
    }

    /** A finding of {@code year} as the next published cycle of the entity shows it. */
    FollowUp followUp(Entity entity, int year, String unitCode, String indicatorCode) {
        List<Integer> years = yearsOf(entity.code());
        Official then = sheet(year, entity).getOrDefault(unitCode, Map.of()).get(indicatorCode);
        BigDecimal thenLevel = then == null ? null : then.level();
        Optional<Integer> next = years.stream().filter(y -> y > year).min(Integer::compare);
        if (next.isEmpty()) {
            return new FollowUp(year, thenLevel, null, null, false, false);
        }
        Official later = sheet(next.get(), entity).getOrDefault(unitCode, Map.of()).get(indicatorCode);
        if (later == null) {
            return new FollowUp(year, thenLevel, next.get(), null, false, false);
        }
        boolean improved = thenLevel != null && later.level().compareTo(thenLevel) > 0;
        return new FollowUp(year, thenLevel, next.get(), later.level(), improved, later.pointsLost().signum() > 0);
    }

    /** Official levels of one unit in one published year (indicator code → level), for reconciliation. */
    Map<String, Official> officialOf(int year, Entity entity, String unitCode) {
        return sheet(year, entity).getOrDefault(unitCode, Map.of());
    }

    private Optional<EntityResultDetail> detail(int year, String entityCode) {
        try {
            return Optional.of(published.entity(year, entityCode));
        } catch (DomainException notInCycle) {
            return Optional.empty();
        }
    }

    /**
     * Every published unit's indicators in a year: unit → indicator → official level and points lost. Units that are
     * incomplete under their answers (scored directly) are left out.
     */
    Map<String, Map<String, Official>> sheet(int year, Entity entity) {
        Optional<EntityResultDetail> detail = detail(year, entity.code());
        if (detail.isEmpty()) {
            return Map.of();
        }
        Methodology methodology = methodologies.require(cycles.require(year).methodologyId());
        String sha256 = methodologies.requireSummary(methodology.id()).sha256();
        ScoringEngine engine = models.engine(methodology, sha256, entity.type());
        Map<String, String> dimensionOf = Predictor.dimensionOf(methodology);
        // The tallies frozen with the published version: live answers may already carry a correction of a reopened
        // cycle that is not yet public (or not yet determined).
        int version = determinations.published(year).orElseThrow().version();
        Map<String, Map<String, RecordedAnswers.Tally>> frozen = determinations.frozenAnswers(year, version, entity.code());
        Map<String, Map<String, Official>> sheet = new LinkedHashMap<>();
        for (UnitResultRow row : detail.get().units()) {
            Map<String, RecordedAnswers.Tally> unitAnswers = frozen.get(row.unitCode());
            if (unitAnswers == null || unitAnswers.isEmpty()) {
                continue;
            }
            Map<String, LevelTally> tallies = new LinkedHashMap<>();
            unitAnswers.forEach((code, t) -> tallies.put(code,
                    new LevelTally(t.respondents(), t.sum(), t.lowest(), t.highest())));
            UnitResult actual = engine.scoreUnit(UnitAnswers.ofTallies(row.unitCode(), row.kind(), tallies));
            if (!(actual instanceof ScoredUnit scored)) {
                continue;
            }
            Map<String, Official> indicators = new LinkedHashMap<>();
            for (Indicator indicator : methodology.indicators()) {
                RecordedAnswers.Tally tally = unitAnswers.get(indicator.code());
                if (tally == null) {
                    continue;
                }
                int max = indicator.scale().maxLevel();
                BigDecimal level = BigDecimal.valueOf(tally.sum())
                        .divide(BigDecimal.valueOf(tally.respondents()), 2, RoundingMode.HALF_UP);
                BigDecimal lost = BigDecimal.ZERO.setScale(2);
                if (tally.lowest() < max) {
                    Map<String, LevelTally> best = new LinkedHashMap<>(tallies);
                    best.put(indicator.code(), new LevelTally(1, max, max, max));
                    UnitResult better = engine.scoreUnit(UnitAnswers.ofTallies(row.unitCode(), row.kind(), best));
                    if (better instanceof ScoredUnit improved) {
                        lost = improved.score().subtract(scored.score()).setScale(2, RoundingMode.HALF_UP);
                    }
                }
                indicators.put(indicator.code(), new Official(row.unitCode(), indicator,
                        dimensionOf.get(indicator.code()), level, lost));
            }
            sheet.put(row.unitCode(), indicators);
        }
        return sheet;
    }
}
