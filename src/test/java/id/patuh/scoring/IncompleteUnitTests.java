package id.patuh.scoring;

import static id.patuh.scoring.Answers.everyIndicatorAt;
import static id.patuh.scoring.Answers.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncompleteUnitTests {

    private final ScoringModel model = Methodologies.compliance2022();
    private final ScoringEngine engine = new ScoringEngine(model);

    @Test
    void unitWithAnUnansweredIndicatorIsIncompleteAndHasNoScore() {
        Map<String, List<Integer>> levels = everyIndicatorAt(model, "DUKCAPIL", 2, 3);
        levels.remove("SP-04");

        IncompleteUnit unit = assertInstanceOf(IncompleteUnit.class,
                engine.scoreUnit(Answers.unit("dukcapil", "DUKCAPIL", levels)));

        assertEquals("dukcapil", unit.unitKey());
        assertEquals(List.of(new AnswerIssue(null, "SP-04", AnswerProblem.NO_RESPONDENT, null, null)), unit.issues());
    }

    @Test
    void anEmptyRespondentListCountsAsUnanswered() {
        Map<String, List<Integer>> levels = everyIndicatorAt(model, "DUKCAPIL", 2, 3);
        levels.put("OU-02", List.of());

        IncompleteUnit unit = assertInstanceOf(IncompleteUnit.class,
                engine.scoreUnit(Answers.unit("dukcapil", "DUKCAPIL", levels)));

        assertEquals(List.of(new AnswerIssue(null, "OU-02", AnswerProblem.NO_RESPONDENT, null, null)), unit.issues());
    }

    @Test
    void everyMissingOrInvalidAnswerIsListedAtOnceInMethodologyOrder() {
        Map<String, List<Integer>> levels = everyIndicatorAt(model, "DUKCAPIL", 3, 2);
        levels.put("IN-K02", levels(2, 4, 2));
        levels.remove("SP-09");
        levels.put("OU-01", levels(1, null, -1));
        levels.put("ZZ-99", levels(3));
        levels.put("AA-01", levels(3));

        IncompleteUnit unit = assertInstanceOf(IncompleteUnit.class,
                engine.scoreUnit(Answers.unit("dukcapil", "DUKCAPIL", levels)));

        assertEquals(List.of(
                new AnswerIssue(null, "IN-K02", AnswerProblem.LEVEL_OUT_OF_RANGE, 2, 4),
                new AnswerIssue(null, "SP-09", AnswerProblem.NO_RESPONDENT, null, null),
                new AnswerIssue(null, "OU-01", AnswerProblem.LEVEL_MISSING, 2, null),
                new AnswerIssue(null, "OU-01", AnswerProblem.LEVEL_OUT_OF_RANGE, 3, -1),
                new AnswerIssue(null, "AA-01", AnswerProblem.UNKNOWN_INDICATOR, null, null),
                new AnswerIssue(null, "ZZ-99", AnswerProblem.UNKNOWN_INDICATOR, null, null)), unit.issues());
        assertEquals("indicator IN-K02: respondent 2 gave level 4, outside the indicator's scale",
                unit.issues().get(0).describe());
    }

    @Test
    void anAnswerToAnIndicatorThatDoesNotApplyToTheUnitKindIsReportedNotIgnored() {
        Map<String, List<Integer>> levels = everyIndicatorAt(model, Methodologies.PUSKESMAS, 2, 3);
        levels.put("IN-K05", levels(3, 3));

        IncompleteUnit unit = assertInstanceOf(IncompleteUnit.class,
                engine.scoreUnit(Answers.unit("puskesmas-1", Methodologies.PUSKESMAS, levels)));

        assertEquals(List.of(new AnswerIssue(null, "IN-K05", AnswerProblem.NOT_APPLICABLE, null, null)),
                unit.issues());
    }

    @Test
    void entityWithAnIncompleteUnitIsIncompleteAndNamesWhichUnits() {
        Map<String, List<Integer>> missing = everyIndicatorAt(model, "DINSOS", 2, 2);
        missing.remove("PG-05");
        EntityAnswers entity = new EntityAnswers("3601", "PEMKAB", "BANTEN", List.of(
                Answers.unit("dukcapil", "DUKCAPIL", everyIndicatorAt(model, "DUKCAPIL", 2, 3)),
                Answers.unit("dinsos", "DINSOS", missing),
                new DirectUnitScore("dinkes", new BigDecimal("90.00"))));

        IncompleteEntity result = assertInstanceOf(IncompleteEntity.class, engine.scoreEntity(entity));

        assertEquals(List.of("dinsos"), result.incompleteUnits().stream().map(IncompleteUnit::unitKey).toList());
        assertEquals(List.of("dukcapil", "dinkes"), result.scoredUnits().stream().map(ScoredUnit::unitKey).toList());
    }

    @Test
    void productScoredUnitListsIssuesPerProduct() {
        ScoringModel survey = Methodologies.survey2018();
        Map<String, List<Integer>> complete = everyIndicatorAt(survey, "DUKCAPIL", 1, 1);
        Map<String, List<Integer>> lacking = new LinkedHashMap<>(complete);
        lacking.remove("KOMP-03");
        UnitAnswers unit = UnitAnswers.ofProducts("dukcapil", "DUKCAPIL", List.of(
                new ProductAnswers("ktp-el", complete), new ProductAnswers("akta-lahir", lacking)));

        IncompleteUnit result = assertInstanceOf(IncompleteUnit.class, new ScoringEngine(survey).scoreUnit(unit));

        assertEquals(List.of(new AnswerIssue("akta-lahir", "KOMP-03", AnswerProblem.NO_RESPONDENT, null, null)),
                result.issues());
        assertEquals("product akta-lahir, indicator KOMP-03: no respondent answered", result.issues().get(0).describe());
    }

    @Test
    void productScoredUnitWithoutProductsIsIncomplete() {
        IncompleteUnit result = assertInstanceOf(IncompleteUnit.class, new ScoringEngine(Methodologies.survey2018())
                .scoreUnit(UnitAnswers.ofProducts("dukcapil", "DUKCAPIL", List.of())));

        assertEquals(AnswerProblem.NO_PRODUCT, result.issues().get(0).problem());
    }

    @Test
    void answersGivenInTheShapeTheMethodologyDoesNotScoreAreRejected() {
        ScoringEngine survey = new ScoringEngine(Methodologies.survey2018());
        UnitAnswers wholeUnit = Answers.unit("dukcapil", "DUKCAPIL", Map.of("KOMP-01", levels(1)));
        UnitAnswers perProduct = UnitAnswers.ofProducts("dukcapil", "DUKCAPIL",
                List.of(new ProductAnswers("ktp-el", Map.of("KOMP-01", levels(1)))));

        assertThrows(IllegalArgumentException.class, () -> survey.scoreUnit(wholeUnit));
        assertThrows(IllegalArgumentException.class, () -> engine.scoreUnit(perProduct));
    }

    @Test
    void aUnitCannotAnswerBothAsAWholeAndPerProduct() {
        assertThrows(IllegalArgumentException.class, () -> new UnitAnswers("dukcapil", "DUKCAPIL",
                Map.of("Q", levels(1)), List.of(new ProductAnswers("ktp-el", Map.of("Q", levels(1))))));
    }

    @Test
    void answersChangedAfterSubmittingDoNotChangeTheUnit() {
        List<Integer> respondents = new ArrayList<>(List.of(3, 3));
        Map<String, List<Integer>> levels = new HashMap<>(Map.of("Q", respondents));
        UnitAnswers unit = new UnitAnswers("u", "DINAS", levels);

        respondents.set(0, 9);
        levels.put("R", levels(1));

        ScoredUnit scored = assertInstanceOf(ScoredUnit.class,
                new ScoringEngine(Methodologies.singleIndicator()).scoreUnit(unit));
        assertEquals(new BigDecimal("100.00"), scored.roundedScore());
        assertEquals(Set.of("Q"), unit.levels().keySet());
    }
}
