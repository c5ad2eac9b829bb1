package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The points a unit earned in one dimension, unrounded (34 significant digits at most) and rounded half-up for
 * display, with the indicator scores behind them (empty when the points were given directly or are a mean of
 * products).
 */
public record DimensionPoints(
        String dimensionCode,
        BigDecimal weight,
        BigDecimal points,
        BigDecimal roundedPoints,
        List<IndicatorScore> indicators) {

    public DimensionPoints {
        indicators = List.copyOf(indicators);
    }
}
