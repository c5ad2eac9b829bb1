package id.patuh.results.site;

import java.math.BigDecimal;
import java.util.Map;

/** One published unit of an entity with its points per dimension and last year's score when it was assessed then. */
record UnitLine(String unitCode, String name, String kind, BigDecimal score, String category, String zone,
                Map<String, BigDecimal> dimensions, BigDecimal previousScore) {

    /** Change of the unit's score since last year; null when it was not assessed then. */
    public BigDecimal scoreChange() {
        return previousScore == null || score == null ? null : score.subtract(previousScore);
    }
}
