package id.patuh.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An indicator's exact score {@code points / maxPoints} between 0 and 1 (for the mean: the sum of levels over
 * respondents × maxLevel), the number of respondents, and its share of the dimension in percent after
 * re-normalisation for the unit's kind.
 */
public record IndicatorScore(String indicatorCode, long points, long maxPoints, int respondents,
                             BigDecimal effectiveShare) {

    /** The score as a decimal of at most 34 significant digits; computed on request, since sheets rarely show it. */
    public BigDecimal score() {
        return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(maxPoints), MathContext.DECIMAL128);
    }
}
