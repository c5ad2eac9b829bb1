package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A grade band: every rounded score from {@code lowerBound} (inclusive) up to the next band's lower bound falls in
 * it. Category and opinion are null for the 2013–2021 zones, which had neither.
 */
public record GradeBand(String category, String opinion, Zone zone, BigDecimal lowerBound) {

    public GradeBand {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lowerBound, "lowerBound");
        if (lowerBound.signum() < 0 || lowerBound.compareTo(ScoringModel.HUNDRED) > 0) {
            throw new IllegalArgumentException("A band's lower bound lies in 0..100, not " + lowerBound.toPlainString());
        }
    }
}
