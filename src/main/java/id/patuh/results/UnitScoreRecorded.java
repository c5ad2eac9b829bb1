package id.patuh.results;

import java.math.BigDecimal;
import java.util.Map;

/** A unit's score (and optionally its dimension points) was recorded directly, replacing any earlier one. */
public record UnitScoreRecorded(int year, String entityCode, String unitCode, BigDecimal score,
                                Map<String, BigDecimal> dimensionPoints, BigDecimal previousScore, String recordedBy) {
}
