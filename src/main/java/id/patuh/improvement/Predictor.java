package id.patuh.improvement;

import id.patuh.methodology.Dimension;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodology;
import id.patuh.registry.EntityType;
import id.patuh.registry.ServiceUnit;
import id.patuh.results.ScoringModels;
import id.patuh.scoring.DimensionPoints;
import id.patuh.scoring.EntityAnswers;
import id.patuh.scoring.EntityResult;
import id.patuh.scoring.ScoredEntity;
import id.patuh.scoring.ScoredUnit;
import id.patuh.scoring.ScoringEngine;
import id.patuh.scoring.UnitAnswers;
import id.patuh.scoring.UnitInput;
import id.patuh.scoring.UnitResult;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts unit and entity results from self-assessed levels with the official scoring engine (one level per
 * indicator, as a single respondent). Nothing is scored here by hand: a gap's points at stake is the engine's score
 * with that indicator at the top of its scale minus the engine's score now.
 */
@Component
class Predictor {

    private final ScoringModels models;

    Predictor(ScoringModels models) {
        this.models = models;
    }

    /** The indicators a unit of this kind, in an entity of this type, is assessed on. */
    static List<Indicator> applicable(Methodology methodology, EntityType type, ServiceUnit unit) {
        return methodology.indicators().stream()
                .filter(indicator -> indicator.applicability().appliesTo(type, unit.kind()))
                .toList();
    }

    UnitPrediction unit(Methodology methodology, String sha256, EntityType type, ServiceUnit unit,
                        Map<String, Integer> answers) {
        ScoringEngine engine = models.engine(methodology, sha256, type);
        List<Indicator> applicable = applicable(methodology, type, unit);
        Map<String, List<Integer>> levels = levels(applicable, answers);
        ScoredUnit now = scored(engine.scoreUnit(new UnitAnswers(unit.code(), unit.kind().name(), levels)));
        Map<String, String> dimensionOf = dimensionOf(methodology);
        List<Gap> gaps = new ArrayList<>();
        int answered = 0;
        for (Indicator indicator : applicable) {
            Integer level = answers.get(indicator.code());
            if (level != null) {
                answered++;
            }
            int max = indicator.scale().maxLevel();
            if (level != null && level >= max) {
                continue;
            }
            Map<String, List<Integer>> best = new LinkedHashMap<>(levels);
            best.put(indicator.code(), List.of(max));
            ScoredUnit better = scored(engine.scoreUnit(new UnitAnswers(unit.code(), unit.kind().name(), best)));
            BigDecimal stake = better.score().subtract(now.score()).setScale(2, RoundingMode.HALF_UP);
            gaps.add(new Gap(indicator.code(), dimensionOf.get(indicator.code()), indicator.text().id(),
                    indicator.text().en(), level, max, stake, indicator.recommendation().id(),
                    indicator.recommendation().en()));
        }
        gaps.sort(Comparator.comparing(Gap::pointsAtStake).reversed().thenComparing(Gap::indicatorCode));
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        for (DimensionPoints points : now.dimensions()) {
            dimensions.put(points.dimensionCode(), points.roundedPoints());
        }
        return new UnitPrediction(unit.code(), unit.name(), unit.kind().name(), answered, applicable.size() - answered,
                now.roundedScore(), now.grade().category(), now.grade().opinion(), now.grade().zone().name(),
                dimensions, List.copyOf(gaps));
    }

    /** The entity's predicted result over the units given (those with answers); null when there is none. */
    ScoredEntity entity(Methodology methodology, String sha256, EntityType type, String entityCode, String province,
                        Map<ServiceUnit, Map<String, Integer>> units) {
        if (units.isEmpty()) {
            return null;
        }
        ScoringEngine engine = models.engine(methodology, sha256, type);
        List<UnitInput> inputs = new ArrayList<>();
        units.forEach((unit, answers) -> inputs.add(new UnitAnswers(unit.code(), unit.kind().name(),
                levels(applicable(methodology, type, unit), answers))));
        EntityResult result = engine.scoreEntity(new EntityAnswers(entityCode, type.name(), province, inputs));
        return (ScoredEntity) result;
    }

    private static Map<String, List<Integer>> levels(List<Indicator> applicable, Map<String, Integer> answers) {
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        for (Indicator indicator : applicable) {
            Integer level = answers.get(indicator.code());
            levels.put(indicator.code(), List.of(level == null ? 0 : Math.min(level, indicator.scale().maxLevel())));
        }
        return levels;
    }

    private static ScoredUnit scored(UnitResult result) {
        if (result instanceof ScoredUnit scored) {
            return scored;
        }
        // Every applicable indicator gets a level above, so an incomplete result is a bug, not a user error.
        throw new IllegalStateException("A self-assessed unit could not be scored: " + result);
    }

    static Map<String, String> dimensionOf(Methodology methodology) {
        Map<String, String> dimensionOf = new HashMap<>();
        for (Dimension dimension : methodology.dimensions()) {
            dimension.indicators().forEach(indicator -> dimensionOf.put(indicator.code(), dimension.code()));
        }
        return dimensionOf;
    }
}
