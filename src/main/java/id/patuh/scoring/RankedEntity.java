package id.patuh.scoring;

import java.math.BigDecimal;

/** An entity's place in one ranking, on its rounded score. */
public record RankedEntity(int rank, String entityCode, String entityType, String province, BigDecimal roundedScore) {
}
