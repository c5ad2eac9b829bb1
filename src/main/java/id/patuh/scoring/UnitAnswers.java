package id.patuh.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's answers: per indicator code, the level each respondent gave (a null level is an answer not yet given), or
 * the same answers already tallied per indicator. Under {@link EntityAggregation#MEAN_OF_PRODUCTS} the answers are
 * given per service product instead.
 */
public record UnitAnswers(
        String unitKey,
        String unitKind,
        Map<String, List<Integer>> levels,
        List<ProductAnswers> products,
        Map<String, LevelTally> tallies) implements UnitInput {

    public UnitAnswers {
        IndicatorRule.requireText(unitKey, "unit key");
        IndicatorRule.requireText(unitKind, "unit kind of " + unitKey);
        levels = copyOfLevels(levels);
        products = List.copyOf(products);
        tallies = Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
        int forms = (levels.isEmpty() ? 0 : 1) + (products.isEmpty() ? 0 : 1) + (tallies.isEmpty() ? 0 : 1);
        if (forms > 1) {
            throw new IllegalArgumentException("Unit " + unitKey
                    + " gives its answers in more than one form; give levels, tallies or products");
        }
    }

    public UnitAnswers(String unitKey, String unitKind, Map<String, List<Integer>> levels, List<ProductAnswers> products) {
        this(unitKey, unitKind, levels, products, Map.of());
    }

    /** A unit answered as a whole, as since 2022. */
    public UnitAnswers(String unitKey, String unitKind, Map<String, List<Integer>> levels) {
        this(unitKey, unitKind, levels, List.of(), Map.of());
    }

    /** A unit whose service products were each checked, as in 2013–2021. */
    public static UnitAnswers ofProducts(String unitKey, String unitKind, List<ProductAnswers> products) {
        return new UnitAnswers(unitKey, unitKind, Map.of(), products, Map.of());
    }

    /** A unit answered as a whole whose answers were tallied per indicator (e.g. by a database aggregate). */
    public static UnitAnswers ofTallies(String unitKey, String unitKind, Map<String, LevelTally> tallies) {
        return new UnitAnswers(unitKey, unitKind, Map.of(), List.of(), tallies);
    }

    // Null levels and null lists are kept: they are missing answers to report, not input errors.
    static Map<String, List<Integer>> copyOfLevels(Map<String, List<Integer>> levels) {
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        levels.forEach((code, answers) -> copy.put(code,
                answers == null ? null : Collections.unmodifiableList(new ArrayList<>(answers))));
        return Collections.unmodifiableMap(copy);
    }
}
