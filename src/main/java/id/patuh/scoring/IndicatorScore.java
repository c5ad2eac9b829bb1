package id.patuh.scoring;

import java.math.BigDecimal;

/**
 * An indicator's unrounded score between 0 and 1, the number of respondents behind it, and its share of the
 * dimension in percent after re-normalisation for the unit's kind.
 */
public record IndicatorScore(String indicatorCode, BigDecimal score, int respondents, BigDecimal effectiveShare) {
}
