package id.patuh.scoring;

import static id.patuh.scoring.Answers.everyIndicatorAt;
import static id.patuh.scoring.Answers.respondents;
import static id.patuh.scoring.Answers.singleIndicatorUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityScoringTests {

    private final ScoringModel model = Methodologies.compliance2022();
    private final ScoringEngine engine = new ScoringEngine(model);

    @Test
    void entityScoreIsTheMeanOfItsUnitScores() {
        ScoringEngine single = new ScoringEngine(Methodologies.singleIndicator());
        EntityAnswers entity = new EntityAnswers("3601", "PEMKAB", "BANTEN", List.of(
                singleIndicatorUnit("a", 3, 3), singleIndicatorUnit("b", 3, 0), singleIndicatorUnit("c", 0, 0)));

        ScoredEntity scored = assertInstanceOf(ScoredEntity.class, single.scoreEntity(entity));

        assertEquals(0, new BigDecimal("50").compareTo(scored.score()));
        assertEquals(new BigDecimal("50.00"), scored.roundedScore());
        assertEquals(3, scored.units().size());
    }

    @Test
    void entityScoreIsTheMeanOfUnroundedUnitScoresNotOfRoundedOnes() {
        // 100 × 1/18 = 5.5555... (5.56) and 100 × 1/24 = 4.1666... (4.17): rounded first, the mean would be
        // 4.865 = 4.87; the mean of the unrounded scores is 4.8611... = 4.86.
        ScoringEngine single = new ScoringEngine(Methodologies.singleIndicator());
        EntityAnswers entity = new EntityAnswers("3602", "PEMKAB", "BANTEN", List.of(
                singleIndicatorUnit("a", 1, 0, 0, 0, 0, 0),
                singleIndicatorUnit("b", 1, 0, 0, 0, 0, 0, 0, 0)));

        ScoredEntity scored = assertInstanceOf(ScoredEntity.class, single.scoreEntity(entity));

        assertEquals(new BigDecimal("5.56"), scored.units().get(0).roundedScore());
        assertEquals(new BigDecimal("4.17"), scored.units().get(1).roundedScore());
        assertEquals(new BigDecimal("4.86"), scored.roundedScore());
    }

    @Test
    void meanLyingExactlyHalfwayRoundsUpEvenWhenBuiltFromThirds() {
        // Units 66.666..., 79.1666..., 33.333... and 8.333...: the mean is exactly 46.875. Summed as 34-digit
        // decimals it would read 46.87499...98 and round down; the engine rounds the exact value: 46.88.
        ScoringEngine single = new ScoringEngine(Methodologies.singleIndicator());
        List<UnitInput> units = List.of(
                new UnitAnswers("a", "DINAS", Map.of("Q", List.of(2))),
                new UnitAnswers("b", "DINAS", Map.of("Q", List.of(3, 3, 3, 3, 3, 2, 1, 1))),
                new UnitAnswers("c", "DINAS", Map.of("Q", respondents(16, 1))),
                new UnitAnswers("d", "DINAS", Map.of("Q", withFirst(respondents(16, 0), 4, 1))));

        ScoredEntity scored = assertInstanceOf(ScoredEntity.class,
                single.scoreEntity(new EntityAnswers("3603", "PEMKAB", "BANTEN", units)));

        assertEquals(0, new BigDecimal("46.875").compareTo(scored.score()));
        assertEquals(new BigDecimal("46.88"), scored.roundedScore());
    }

    @Test
    void pandeglang2024SixUnitsAverageTo9525CategoryA() {
        List<UnitInput> units = new ArrayList<>();
        String[] published = {"97.82", "97.73", "95.03", "94.50", "94.19", "92.23"};
        for (int i = 0; i < published.length; i++) {
            units.add(new DirectUnitScore("unit-" + (i + 1), new BigDecimal(published[i])));
        }

        ScoredEntity pandeglang = assertInstanceOf(ScoredEntity.class,
                engine.scoreEntity(new EntityAnswers("3601", "PEMKAB", "BANTEN", units)));

        assertEquals(new BigDecimal("95.25"), pandeglang.roundedScore());
        assertEquals("A", pandeglang.grade().category());
        assertEquals("Kualitas Tertinggi", pandeglang.grade().opinion());
        assertEquals(Zone.HIJAU, pandeglang.grade().zone());
    }

    @Test
    void puskesmasWithPublishedDimensionPointsScores4985CategoryD() {
        DirectUnitScore puskesmas = new DirectUnitScore("puskesmas", new BigDecimal("49.85"), dimensionPoints(
                "8.72", "10.76", "20.76", "9.61"));

        ScoredUnit scored = assertInstanceOf(ScoredUnit.class, engine.scoreUnit(puskesmas));

        assertEquals(new BigDecimal("49.85"), scored.roundedScore());
        assertEquals("D", scored.grade().category());
        assertEquals("Kualitas Rendah", scored.grade().opinion());
        assertEquals(Zone.MERAH, scored.grade().zone());
        assertEquals(ScoreSource.DIRECT, scored.source());
        assertNull(scored.unitKind());
        assertEquals(List.of("INPUT", "PROSES", "OUTPUT", "PENGADUAN"),
                scored.dimensions().stream().map(DimensionPoints::dimensionCode).toList());
        assertEquals(new BigDecimal("20.76"), scored.dimensions().get(2).roundedPoints());
    }

    @Test
    void directDimensionPointsThatDoNotAddUpToTheScoreAreRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new DirectUnitScore(
                "puskesmas", new BigDecimal("49.85"), dimensionPoints("8.72", "10.76", "20.76", "9.63")));

        assertTrue(error.getMessage().contains("49.87"), error.getMessage());
    }

    @Test
    void directDimensionPointsWithinOneHundredthOfTheScoreAreAccepted() {
        DirectUnitScore roundedParts = new DirectUnitScore("puskesmas", new BigDecimal("49.85"),
                dimensionPoints("8.72", "10.76", "20.76", "9.62"));

        assertEquals(new BigDecimal("49.85"), ((ScoredUnit) engine.scoreUnit(roundedParts)).roundedScore());
    }

    @Test
    void directDimensionPointsMustNameTheMethodologysDimensionsWithinTheirWeights() {
        Map<String, BigDecimal> wrongNames = new LinkedHashMap<>();
        wrongNames.put("INPUT", new BigDecimal("30.00"));
        wrongNames.put("PROSES", new BigDecimal("19.85"));
        Map<String, BigDecimal> overWeight = dimensionPoints("22.00", "10.76", "20.76", "9.61");

        assertThrows(IllegalArgumentException.class,
                () -> engine.scoreUnit(new DirectUnitScore("u", new BigDecimal("49.85"), wrongNames)));
        assertThrows(IllegalArgumentException.class,
                () -> engine.scoreUnit(new DirectUnitScore("u", new BigDecimal("63.13"), overWeight)));
        assertThrows(IllegalArgumentException.class, () -> new DirectUnitScore("u", new BigDecimal("100.01")));
    }

    @Test
    void directScoresMixWithComputedOnes() {
        // A full-marks unit (100) and a given 49.85: the mean is 74.925 = 74.93, category C.
        EntityAnswers entity = new EntityAnswers("3601", "PEMKAB", "BANTEN", List.of(
                Answers.unit("dukcapil", "DUKCAPIL", everyIndicatorAt(model, "DUKCAPIL", 4, 3)),
                new DirectUnitScore("puskesmas", new BigDecimal("49.85"))));

        ScoredEntity scored = assertInstanceOf(ScoredEntity.class, engine.scoreEntity(entity));

        assertEquals(0, new BigDecimal("74.925").compareTo(scored.score()));
        assertEquals(new BigDecimal("74.93"), scored.roundedScore());
        assertEquals("C", scored.grade().category());
        assertEquals(List.of(ScoreSource.COMPUTED, ScoreSource.DIRECT),
                scored.units().stream().map(ScoredUnit::source).toList());
    }

    @Test
    void legacyEntityScoreIsTheMeanOverAllProductsNotOverUnits() {
        ScoringModel survey = Methodologies.survey2018();
        ScoringEngine legacy = new ScoringEngine(survey);
        // Dukcapil: two products with 10/10 and 6/10 components published; Dinsos: one product with 2/10.
        UnitAnswers dukcapil = UnitAnswers.ofProducts("dukcapil", "DUKCAPIL", List.of(
                new ProductAnswers("ktp-el", checklist(10)), new ProductAnswers("akta-lahir", checklist(6))));
        UnitAnswers dinsos = UnitAnswers.ofProducts("dinsos", "DINSOS", List.of(
                new ProductAnswers("bansos", checklist(2))));

        ScoredEntity scored = assertInstanceOf(ScoredEntity.class,
                legacy.scoreEntity(new EntityAnswers("3313", "PEMKAB", "JAWA TENGAH", List.of(dukcapil, dinsos))));

        // Products: (100 + 60 + 20) / 3 = 60.00; the mean of units (80 + 20) / 2 would be 50.
        assertEquals(new BigDecimal("60.00"), scored.roundedScore());
        assertEquals(Zone.KUNING, scored.grade().zone());
        assertNull(scored.grade().category());
        ScoredUnit dukcapilScored = scored.units().get(0);
        assertEquals(new BigDecimal("80.00"), dukcapilScored.roundedScore());
        assertEquals(Zone.KUNING, dukcapilScored.grade().zone()); // hijau starts at 81.00
        assertEquals(List.of(new BigDecimal("100.00"), new BigDecimal("60.00")),
                dukcapilScored.products().stream().map(ProductScore::roundedScore).toList());
        assertEquals(new BigDecimal("80.00"), dukcapilScored.dimensions().get(0).roundedPoints());
    }

    @Test
    void legacyMethodCannotWeighADirectUnitScore() {
        ScoringEngine legacy = new ScoringEngine(Methodologies.survey2018());

        assertThrows(IllegalArgumentException.class,
                () -> legacy.scoreUnit(new DirectUnitScore("dukcapil", new BigDecimal("65.26"))));
    }

    @Test
    void anEntityNeedsAtLeastOneUnitWithDistinctKeys() {
        assertThrows(IllegalArgumentException.class, () -> new EntityAnswers("3601", "PEMKAB", "BANTEN", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new EntityAnswers("3601", "PEMKAB", "BANTEN", List.of(
                new DirectUnitScore("a", BigDecimal.TEN), new DirectUnitScore("a", BigDecimal.ONE))));
    }

    private static Map<String, BigDecimal> dimensionPoints(String input, String proses, String output,
                                                           String pengaduan) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("INPUT", new BigDecimal(input));
        points.put("PROSES", new BigDecimal(proses));
        points.put("OUTPUT", new BigDecimal(output));
        points.put("PENGADUAN", new BigDecimal(pengaduan));
        return points;
    }

    /** The first {@code published} of the ten standard components are visibly published. */
    private static Map<String, List<Integer>> checklist(int published) {
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            levels.put(String.format("KOMP-%02d", i), List.of(i <= published ? 1 : 0));
        }
        return levels;
    }

    private static List<Integer> withFirst(List<Integer> levels, int count, int level) {
        List<Integer> changed = new ArrayList<>(levels);
        for (int i = 0; i < count; i++) {
            changed.set(i, level);
        }
        return changed;
    }
}
