package id.patuh.results;

import id.patuh.methodology.Applicability;
import id.patuh.methodology.Methodology;
import id.patuh.registry.EntityType;
import id.patuh.registry.UnitKind;
import id.patuh.scoring.DimensionRule;
import id.patuh.scoring.EntityAggregation;
import id.patuh.scoring.GradeBand;
import id.patuh.scoring.IndicatorRule;
import id.patuh.scoring.RespondentAggregation;
import id.patuh.scoring.ScoringEngine;
import id.patuh.scoring.ScoringModel;
import id.patuh.scoring.Zone;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Translates a methodology version into the pure engine's model. The engine knows unit kinds only, so an indicator
 * that does not apply to an entity type is given a unit-kind set no unit has: the engine then leaves it out and
 * re-normalises its dimension's shares, exactly as for a unit kind it does not apply to. Public: self-assessment
 * (module improvement) predicts scores with the very engines official results use.
 */
@Component
public class ScoringModels {

    /** Matches no real {@link UnitKind}, so an indicator carrying it applies to no unit of that entity type. */
    static final String NO_UNIT_KIND = "-";

    private final Map<String, ScoringEngine> engines = new ConcurrentHashMap<>();

    /** One shared, thread-safe engine per methodology version and entity type. */
    public ScoringEngine engine(Methodology methodology, String sha256, EntityType type) {
        return engines.computeIfAbsent(sha256 + "/" + type, key -> new ScoringEngine(model(methodology, type)));
    }

    static ScoringModel model(Methodology methodology, EntityType type) {
        var dimensions = methodology.dimensions().stream()
                .map(d -> new DimensionRule(d.code(), d.weight(), d.indicators().stream()
                        .map(i -> new IndicatorRule(i.code(), i.weight(), i.scale().maxLevel(),
                                RespondentAggregation.valueOf(methodology.aggregation().respondents().name()),
                                unitKinds(i.applicability(), type)))
                        .toList()))
                .toList();
        var bands = methodology.grades().stream()
                .map(g -> new GradeBand(g.category(), g.opinion() == null ? null : g.opinion().id(),
                        Zone.valueOf(g.zone().name()), g.lowerBound()))
                .toList();
        return new ScoringModel(methodology.id(), dimensions, bands, methodology.aggregation().rounding().scale(),
                EntityAggregation.valueOf(methodology.aggregation().unitToEntity().name()));
    }

    private static Set<String> unitKinds(Applicability applicability, EntityType type) {
        if (!applicability.entityTypes().isEmpty() && !applicability.entityTypes().contains(type)) {
            return Set.of(NO_UNIT_KIND);
        }
        return applicability.unitKinds().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
