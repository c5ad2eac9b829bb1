package id.patuh.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers to one indicator, as single levels or as a tally: each knows how to score itself or report issues. */
sealed interface Responses {

    int count();

    /** The indicator score in [0, 1], or null after adding every issue found to {@code issues}. */
    Ratio score(String productKey, IndicatorRule indicator, List<AnswerIssue> issues);

    // Null lists are kept as null entries: the indicator is named but unanswered, which is reported, not ignored.
    static Map<String, Responses> ofLevels(Map<String, List<Integer>> levels) {
        Map<String, Responses> responses = new LinkedHashMap<>();
        levels.forEach((code, answers) -> responses.put(code, answers == null ? null : new Levels(answers)));
        return responses;
    }

    static Map<String, Responses> ofTallies(Map<String, LevelTally> tallies) {
        Map<String, Responses> responses = new LinkedHashMap<>();
        tallies.forEach((code, tally) -> responses.put(code, new Tally(tally)));
        return responses;
    }

    /** One level per respondent, so a missing or out-of-range level can be named by respondent. */
    record Levels(List<Integer> answers) implements Responses {

        @Override
        public int count() {
            return answers.size();
        }

        @Override
        public Ratio score(String productKey, IndicatorRule indicator, List<AnswerIssue> issues) {
            if (answers.isEmpty()) {
                issues.add(AnswerIssue.of(productKey, indicator.code(), AnswerProblem.NO_RESPONDENT));
                return null;
            }
            int maxLevel = indicator.maxLevel();
            long sum = 0;
            int lowest = maxLevel;
            boolean valid = true;
            for (int i = 0; i < answers.size(); i++) {
                Integer level = answers.get(i);
                if (level == null) {
                    issues.add(new AnswerIssue(productKey, indicator.code(), AnswerProblem.LEVEL_MISSING, i + 1, null));
                    valid = false;
                } else if (level < 0 || level > maxLevel) {
                    issues.add(new AnswerIssue(productKey, indicator.code(), AnswerProblem.LEVEL_OUT_OF_RANGE, i + 1,
                            level));
                    valid = false;
                } else {
                    sum += level;
                    lowest = Math.min(lowest, level);
                }
            }
            return valid ? aggregate(indicator, sum, answers.size(), lowest) : null;
        }
    }

    /** Answers already summed up; an out-of-range extreme is reported without a respondent number. */
    record Tally(LevelTally tally) implements Responses {

        @Override
        public int count() {
            return tally.respondents();
        }

        @Override
        public Ratio score(String productKey, IndicatorRule indicator, List<AnswerIssue> issues) {
            int maxLevel = indicator.maxLevel();
            if (tally.lowest() < 0 || tally.highest() > maxLevel) {
                issues.add(new AnswerIssue(productKey, indicator.code(), AnswerProblem.LEVEL_OUT_OF_RANGE, null,
                        tally.lowest() < 0 ? tally.lowest() : tally.highest()));
                return null;
            }
            return aggregate(indicator, tally.sum(), tally.respondents(), tally.lowest());
        }
    }

    private static Ratio aggregate(IndicatorRule indicator, long sum, int respondents, int lowest) {
        return switch (indicator.aggregation()) {
            case MEAN -> Ratio.of(sum, (long) respondents * indicator.maxLevel());
            case MINIMUM -> Ratio.of(lowest, indicator.maxLevel());
        };
    }
}
