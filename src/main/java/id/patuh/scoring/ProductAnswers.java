package id.patuh.scoring;

import java.util.List;
import java.util.Map;

/** The answers for one service product of a unit, per indicator code, one level per respondent or observation. */
public record ProductAnswers(String productKey, Map<String, List<Integer>> levels) {

    public ProductAnswers {
        IndicatorRule.requireText(productKey, "product key");
        levels = UnitAnswers.copyOfLevels(levels);
    }
}
