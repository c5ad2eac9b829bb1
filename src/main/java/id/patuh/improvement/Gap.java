package id.patuh.improvement;

import java.math.BigDecimal;

/**
 * An indicator below the top of its scale and the unit score points it holds back ({@code pointsAtStake}: the score
 * with the indicator at its best minus the score now, from the scoring engine, rounded to two decimals). A null
 * level is an indicator not answered yet, counted as 0.
 */
public record Gap(String indicatorCode, String dimensionCode, String textId, String textEn, Integer level,
                  int maxLevel, BigDecimal pointsAtStake, String recommendationId, String recommendationEn) {
}
