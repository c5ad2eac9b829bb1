package id.patuh.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers tallied by a database score exactly as the same answers given one by one. */
class TalliedAnswersTests {

    private static final ScoringModel MODEL = new ScoringModel("uji", List.of(
            new DimensionRule("INPUT", new BigDecimal("21.85"), List.of(
                    new IndicatorRule("IN-1", new BigDecimal("12.22"), 3),
                    new IndicatorRule("IN-2", new BigDecimal("87.78"), 3))),
            new DimensionRule("PROSES", new BigDecimal("32.37"), List.of(new IndicatorRule("PR-1", new BigDecimal("100"), 3))),
            new DimensionRule("OUTPUT", new BigDecimal("24.24"), List.of(new IndicatorRule("OUT-1", new BigDecimal("100"), 3))),
            new DimensionRule("PENGADUAN", new BigDecimal("21.54"), List.of(
                    new IndicatorRule("PG-1", new BigDecimal("40"), 3),
                    new IndicatorRule("PG-2", new BigDecimal("60"), 3,
                            RespondentAggregation.MINIMUM, java.util.Set.of())))),
            List.of(new GradeBand("A", "Kualitas Tertinggi", Zone.HIJAU, new BigDecimal("88")),
                    new GradeBand("E", "Kualitas Terendah", Zone.MERAH, BigDecimal.ZERO)));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void aTalliedUnitScoresExactlyAsItsAnswersOneByOne(long seed) {
        Random random = new Random(seed);
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        Map<String, LevelTally> tallies = new LinkedHashMap<>();
        for (String code : List.of("IN-1", "IN-2", "PR-1", "OUT-1", "PG-1", "PG-2")) {
            List<Integer> answers = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
                answers.add(random.nextInt(4));
            }
            levels.put(code, answers);
            tallies.put(code, LevelTally.of(answers));
        }
        ScoringEngine engine = new ScoringEngine(MODEL);
        ScoredUnit oneByOne = (ScoredUnit) engine.scoreUnit(new UnitAnswers("u", "OTHER", levels));
        ScoredUnit tallied = (ScoredUnit) engine.scoreUnit(UnitAnswers.ofTallies("u", "OTHER", tallies));
        assertThat(tallied.score()).isEqualByComparingTo(oneByOne.score());
        assertThat(tallied.dimensions()).isEqualTo(oneByOne.dimensions());
    }

    @Test
    void aTallyReachingBeyondTheScaleMakesTheUnitIncomplete() {
        Map<String, LevelTally> tallies = new LinkedHashMap<>();
        for (String code : List.of("IN-1", "IN-2", "PR-1", "OUT-1", "PG-1", "PG-2")) {
            tallies.put(code, new LevelTally(2, 4, 1, 3));
        }
        tallies.put("PR-1", new LevelTally(2, 6, 2, 4));
        UnitResult result = new ScoringEngine(MODEL).scoreUnit(UnitAnswers.ofTallies("u", "OTHER", tallies));
        assertThat(result).isInstanceOf(IncompleteUnit.class);
        assertThat(((IncompleteUnit) result).issues()).containsExactly(
                new AnswerIssue(null, "PR-1", AnswerProblem.LEVEL_OUT_OF_RANGE, null, 4));
    }
}
