package id.patuh.improvement;

import java.math.BigDecimal;

/**
 * An indicator on which a unit lost points in an official (published) cycle: the official level (the mean over
 * respondents and products, two decimals), the points lost (the engine's unit score with the indicator at its best
 * minus the official unit score) and whether it recurs — the same indicator also lost points in the previous
 * official cycle ({@code previousLevel} is that cycle's level, null when there was none).
 */
public record Finding(int year, String unitCode, String unitName, String indicatorCode, String dimensionCode,
                      String textId, String textEn, BigDecimal officialLevel, int maxLevel, BigDecimal pointsLost,
                      String recommendationId, String recommendationEn, boolean recurring, Integer previousYear,
                      BigDecimal previousLevel) {
}
