package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One dimension of a methodology: its weight (points out of 100) and its indicators, whose shares sum to 100. */
public record DimensionRule(String code, BigDecimal weight, List<IndicatorRule> indicators) {

    public DimensionRule {
        IndicatorRule.requireText(code, "dimension code");
        Objects.requireNonNull(weight, () -> "weight of dimension " + code);
        if (weight.signum() <= 0 || weight.compareTo(ScoringModel.HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "Dimension " + code + " has weight " + weight.toPlainString() + "; a weight lies in (0, 100]");
        }
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("Dimension " + code + " has no indicator");
        }
        BigDecimal shares = BigDecimal.ZERO;
        Set<String> codes = new HashSet<>();
        for (IndicatorRule indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw new IllegalArgumentException("Dimension " + code + " lists indicator " + indicator.code() + " twice");
            }
            shares = shares.add(indicator.share());
        }
        if (shares.compareTo(ScoringModel.HUNDRED) != 0) {
            throw new IllegalArgumentException("The indicator shares of dimension " + code + " sum to "
                    + shares.toPlainString() + ", not 100");
        }
    }
}
