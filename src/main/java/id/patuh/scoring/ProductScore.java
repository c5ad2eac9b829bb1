package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The score of one service product of a unit, under {@link EntityAggregation#MEAN_OF_PRODUCTS}. */
public record ProductScore(String productKey, BigDecimal score, BigDecimal roundedScore, List<DimensionPoints> dimensions) {

    public ProductScore {
        dimensions = List.copyOf(dimensions);
    }
}
