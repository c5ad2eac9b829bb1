package id.patuh.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for answer sheets in the words of the assessment. */
final class Answers {

    private Answers() {
    }

    static List<Integer> levels(Integer... levels) {
        return Arrays.asList(levels);
    }

    static List<Integer> respondents(int count, int level) {
        return Collections.nCopies(count, level);
    }

    /** A sheet where every indicator of the model that applies to the unit kind got this level from each respondent. */
    static Map<String, List<Integer>> everyIndicatorAt(ScoringModel model, String unitKind, int respondents, int level) {
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        for (DimensionRule dimension : model.dimensions()) {
            for (IndicatorRule indicator : dimension.indicators()) {
                if (indicator.appliesTo(unitKind)) {
                    levels.put(indicator.code(), new ArrayList<>(respondents(respondents, level)));
                }
            }
        }
        return levels;
    }

    static UnitAnswers unit(String key, String kind, Map<String, List<Integer>> levels) {
        return new UnitAnswers(key, kind, levels);
    }

    static UnitAnswers singleIndicatorUnit(String key, Integer... levels) {
        return new UnitAnswers(key, "DINAS", Map.of("Q", levels(levels)));
    }
}
