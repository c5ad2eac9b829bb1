package id.patuh.scoring;

import static id.patuh.scoring.Answers.everyIndicatorAt;
import static id.patuh.scoring.Answers.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitScoringTests {

    private static final ScoringModel TWO_DIMENSIONS = new ScoringModel("TWO", List.of(
            new DimensionRule("INPUT", new BigDecimal("40"), List.of(
                    new IndicatorRule("K1", new BigDecimal("12.22"), 3),
                    new IndicatorRule("K2", new BigDecimal("87.78"), 3))),
            new DimensionRule("OUTPUT", new BigDecimal("60"), List.of(
                    new IndicatorRule("P1", new BigDecimal("50"), 3),
                    new IndicatorRule("P2", new BigDecimal("50"), 3, RespondentAggregation.MINIMUM, Set.of())))),
            PublishedBands.compliance2022());

    private final ScoringEngine engine = new ScoringEngine(TWO_DIMENSIONS);

    @Test
    void indicatorScoreIsTheMeanOverRespondentsOfLevelOverMaxLevel() {
        ScoredUnit unit = score(Map.of("K1", levels(3, 2, 2, 1), "K2", levels(3), "P1", levels(0), "P2", levels(3)));

        IndicatorScore k1 = unit.dimensions().get(0).indicators().get(0);
        assertEquals("K1", k1.indicatorCode());
        assertEquals(4, k1.respondents());
        assertEquals(0, new BigDecimal("0.6666666666666666666666666666666667").compareTo(k1.score()));
    }

    @Test
    void minimumAggregationTakesTheWeakestRespondent() {
        ScoredUnit unit = score(Map.of("K1", levels(3), "K2", levels(3), "P1", levels(3), "P2", levels(3, 1, 3)));

        IndicatorScore p2 = unit.dimensions().get(1).indicators().get(1);
        assertEquals(0, new BigDecimal("0.3333333333333333333333333333333333").compareTo(p2.score()));
    }

    @Test
    void dimensionPointsAreTheWeightTimesShareWeightedIndicatorScores() {
        // INPUT = 40 × (0.1222 × 2/3 + 0.8778 × 1/3) = 40 × 1.1222 / 3 = 14.962666...
        ScoredUnit unit = score(Map.of("K1", levels(2), "K2", levels(1), "P1", levels(3), "P2", levels(3)));

        DimensionPoints input = unit.dimensions().get(0);
        assertEquals("INPUT", input.dimensionCode());
        assertEquals(0, new BigDecimal("44.888").divide(new BigDecimal("3"), MathContext.DECIMAL128)
                .compareTo(input.points()));
        assertEquals(new BigDecimal("14.96"), input.roundedPoints());
    }

    @Test
    void unitScoreIsTheSumOfUnroundedDimensionPointsNotOfRoundedOnes() {
        // INPUT = 40 × 0.8778 × 1/3 = 11.704 (11.70); OUTPUT = 60 × 0.5 × 1/9 = 3.333... (3.33);
        // the unit scores 15.0373... = 15.04, although the rounded points add up to 15.03.
        ScoredUnit unit = score(Map.of("K1", levels(0), "K2", levels(1), "P1", levels(1, 0, 0), "P2", levels(0)));

        assertEquals(new BigDecimal("11.70"), unit.dimensions().get(0).roundedPoints());
        assertEquals(new BigDecimal("3.33"), unit.dimensions().get(1).roundedPoints());
        assertEquals(0, new BigDecimal("15.03733333333333333333333333333333").compareTo(unit.score()));
        assertEquals(new BigDecimal("15.04"), unit.roundedScore());
    }

    @Test
    void unitKeepsItsUnroundedScoreBesideTheRoundedOneAndItsGrade() {
        // INPUT = 40 × (0.1222 × 1/3 + 0.8778 × 1/3) = 13.333...; OUTPUT = 60 × 0.5 × (5/6) = 25 → 38.3333...
        ScoredUnit unit = score(Map.of("K1", levels(1), "K2", levels(1), "P1", levels(3, 2), "P2", levels(0)));

        assertEquals(new BigDecimal("38.33"), unit.roundedScore());
        assertEquals(0, new BigDecimal("38.33333333333333333333333333333333").compareTo(unit.score()));
        assertEquals("D", unit.grade().category());
        assertEquals(ScoreSource.COMPUTED, unit.source());
    }

    @Test
    void fullMarksEarnExactlyEachDimensionsWeight() {
        ScoringModel model = Methodologies.compliance2022();
        ScoredUnit unit = (ScoredUnit) new ScoringEngine(model)
                .scoreUnit(Answers.unit("dukcapil", "DUKCAPIL", everyIndicatorAt(model, "DUKCAPIL", 4, 3)));

        for (int d = 0; d < model.dimensions().size(); d++) {
            assertEquals(0, model.dimensions().get(d).weight().compareTo(unit.dimensions().get(d).points()));
        }
        assertEquals(new BigDecimal("100.00"), unit.roundedScore());
        assertEquals("A", unit.grade().category());
    }

    @Test
    void noAnswerAboveZeroScoresZero() {
        ScoredUnit unit = score(Map.of("K1", levels(0), "K2", levels(0, 0), "P1", levels(0), "P2", levels(0)));

        assertEquals(new BigDecimal("0.00"), unit.roundedScore());
        assertEquals("E", unit.grade().category());
    }

    @Test
    void indicatorNotApplicableToTheUnitKindIsLeftOutAndTheOtherSharesAreRenormalised() {
        ScoringModel model = new ScoringModel("APPLICABILITY", List.of(new DimensionRule("ALL", new BigDecimal("100"),
                List.of(new IndicatorRule("A", new BigDecimal("25"), 3),
                        new IndicatorRule("B", new BigDecimal("50"), 3),
                        new IndicatorRule("HOSPITAL", new BigDecimal("25"), 3, RespondentAggregation.MEAN,
                                Set.of("RSUD"))))),
                PublishedBands.compliance2022());
        ScoringEngine applicability = new ScoringEngine(model);

        // A office: A and B weigh 25/75 and 50/75 of the dimension; 100 × (1/3 × 1 + 2/3 × 2/3) = 77.78.
        ScoredUnit office = (ScoredUnit) applicability.scoreUnit(
                Answers.unit("dinsos", "DINSOS", Map.of("A", levels(3), "B", levels(2))));
        assertEquals(new BigDecimal("77.78"), office.roundedScore());
        List<IndicatorScore> indicators = office.dimensions().get(0).indicators();
        assertEquals(List.of("A", "B"), indicators.stream().map(IndicatorScore::indicatorCode).toList());
        assertEquals(0, new BigDecimal("33.33333333333333333333333333333333")
                .compareTo(indicators.get(0).effectiveShare()));

        // A hospital is assessed on all three with their own shares: 100 × (0.25 + 0.5 × 2/3 + 0) = 58.33.
        ScoredUnit hospital = (ScoredUnit) applicability.scoreUnit(
                Answers.unit("rsud", "RSUD", Map.of("A", levels(3), "B", levels(2), "HOSPITAL", levels(0))));
        assertEquals(new BigDecimal("58.33"), hospital.roundedScore());
        assertEquals(0, new BigDecimal("25").compareTo(hospital.dimensions().get(0).indicators().get(0)
                .effectiveShare()));
    }

    @Test
    void dimensionWithNoIndicatorForTheUnitKindIsAMethodologyErrorNotAZero() {
        ScoringModel model = new ScoringModel("HOSPITAL-ONLY", List.of(
                new DimensionRule("ALL", new BigDecimal("50"), List.of(new IndicatorRule("A", new BigDecimal("100"), 3))),
                new DimensionRule("CLINICAL", new BigDecimal("50"), List.of(new IndicatorRule("H",
                        new BigDecimal("100"), 3, RespondentAggregation.MEAN, Set.of("RSUD"))))),
                PublishedBands.compliance2022());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new ScoringEngine(model)
                .scoreUnit(Answers.unit("dinsos", "DINSOS", Map.of("A", levels(3)))));
        assertTrue(error.getMessage().contains("CLINICAL"), error.getMessage());
    }

    @Test
    void dimensionPointsAreNeverAboveTheWeight() {
        ScoredUnit unit = score(Map.of("K1", levels(3, 3, 3), "K2", levels(3), "P1", levels(3), "P2", levels(3)));

        for (DimensionPoints points : unit.dimensions()) {
            assertTrue(points.points().compareTo(points.weight()) <= 0, points.toString());
        }
    }

    private ScoredUnit score(Map<String, List<Integer>> levels) {
        return assertInstanceOf(ScoredUnit.class, engine.scoreUnit(Answers.unit("unit", "DINAS", levels)));
    }
}
