package id.patuh.improvement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A round set against an official published cycle: per unit and indicator the self-assessed level, the official level
 * and their difference (self − official, in scale levels), per unit the predicted against the official score, and a
 * summary: how many indicators were over- or under-stated, the mean difference overall and per dimension, and the
 * tendency it shows.
 */
public record Reconciliation(SelfAssessmentRound round, int officialYear, List<Line> lines, List<UnitLine> units,
                             int compared, int overstated, int understated, int matching, BigDecimal meanDifference,
                             Map<String, BigDecimal> meanDifferenceByDimension, Tendency tendency) {

    /** One indicator of one unit, answered both in the round and officially. */
    public record Line(String unitCode, String indicatorCode, String dimensionCode, int selfLevel,
                       BigDecimal officialLevel, int maxLevel, BigDecimal difference) {
    }

    /** One unit's predicted score in the round against its official score (either may be null). */
    public record UnitLine(String unitCode, String unitName, BigDecimal predicted, BigDecimal official,
                           BigDecimal difference) {
    }

    /**
     * OVERSTATED when the mean difference is at least +0.25 of a level and over-statements outnumber
     * under-statements; UNDERSTATED the other way round; otherwise BALANCED (also when nothing could be compared).
     */
    public enum Tendency { OVERSTATED, UNDERSTATED, BALANCED }
}
