package id.patuh.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's answers: per indicator code, the level each respondent gave (a null level is an answer not yet given).
 * Under {@link EntityAggregation#MEAN_OF_PRODUCTS} the answers are given per service product instead.
 */
public record UnitAnswers(
        String unitKey,
        String unitKind,
        Map<String, List<Integer>> levels,
        List<ProductAnswers> products) implements UnitInput {

    public UnitAnswers {
        IndicatorRule.requireText(unitKey, "unit key");
        IndicatorRule.requireText(unitKind, "unit kind of " + unitKey);
        levels = copyOfLevels(levels);
        products = List.copyOf(products);
        if (!levels.isEmpty() && !products.isEmpty()) {
            throw new IllegalArgumentException("Unit " + unitKey
                    + " gives answers both for the unit and per product; a methodology scores one or the other");
        }
    }

    /** A unit answered as a whole, as since 2022. */
    public UnitAnswers(String unitKey, String unitKind, Map<String, List<Integer>> levels) {
        this(unitKey, unitKind, levels, List.of());
    }

    /** A unit whose service products were each checked, as in 2013–2021. */
    public static UnitAnswers ofProducts(String unitKey, String unitKind, List<ProductAnswers> products) {
        return new UnitAnswers(unitKey, unitKind, Map.of(), products);
    }

    // Null levels and null lists are kept: they are missing answers to report, not input errors.
    static Map<String, List<Integer>> copyOfLevels(Map<String, List<Integer>> levels) {
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        levels.forEach((code, answers) -> copy.put(code,
                answers == null ? null : Collections.unmodifiableList(new ArrayList<>(answers))));
        return Collections.unmodifiableMap(copy);
    }
}
