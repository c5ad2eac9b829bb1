package id.patuh.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for any answers, checked on inputs drawn from fixed seeds so a failure can be replayed. */
class ScoringPropertiesTests {

    private static final ScoringModel MODEL = Methodologies.compliance2022();
    private static final ScoringEngine ENGINE = new ScoringEngine(MODEL);
    private static final List<String> UNIT_KINDS = List.of("DUKCAPIL", "DPMPTSP", "DINSOS", "PUSKESMAS", "RSUD");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gradeBandsGiveEveryHundredthFromZeroToHundredExactlyOneBand(long seed) {
        Random random = new Random(seed);
        List<GradeBand> bands = seed == 1 ? PublishedBands.compliance2022()
                : seed == 2 ? PublishedBands.zones2013() : randomBands(random);
        ScoringEngine engine = new ScoringEngine(new ScoringModel("BANDS-" + seed, MODEL.dimensions(), bands));
        List<GradeBand> sorted = engine.model().gradeBands();

        for (int hundredths = 0; hundredths <= 10_000; hundredths++) {
            BigDecimal score = BigDecimal.valueOf(hundredths, 2);
            List<GradeBand> containing = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                BigDecimal upper = i == 0 ? null : sorted.get(i - 1).lowerBound();
                if (sorted.get(i).lowerBound().compareTo(score) <= 0 && (upper == null || score.compareTo(upper) < 0)) {
                    containing.add(sorted.get(i));
                }
            }
            assertEquals(1, containing.size(), "bands containing " + score);
            assertEquals(containing.get(0), engine.grade(score), "grade of " + score);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void unitScoreNeverDecreasesWhenAnAnswerRises(long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 40; trial++) {
            String kind = UNIT_KINDS.get(random.nextInt(UNIT_KINDS.size()));
            Map<String, List<Integer>> levels = randomSheet(random, kind);
            List<String> codes = new ArrayList<>(levels.keySet());
            String code = codes.get(random.nextInt(codes.size()));
            List<Integer> answers = new ArrayList<>(levels.get(code));
            int respondent = random.nextInt(answers.size());
            if (answers.get(respondent) == 3) {
                answers.set(respondent, random.nextInt(3));
                levels.put(code, List.copyOf(answers));
            }
            Map<String, List<Integer>> raised = new LinkedHashMap<>(levels);
            answers.set(respondent, answers.get(respondent) + 1 + random.nextInt(3 - answers.get(respondent)));
            raised.put(code, answers);

            ScoredUnit before = scoredUnit(kind, levels);
            ScoredUnit after = scoredUnit(kind, raised);

            assertTrue(after.score().compareTo(before.score()) >= 0, code + ": " + before.score() + " → " + after.score());
            assertTrue(after.roundedScore().compareTo(before.roundedScore()) >= 0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void entityScoreLiesBetweenItsLowestAndHighestUnit(long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 10; trial++) {
            List<UnitInput> units = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int u = 0; u < count; u++) {
                String kind = UNIT_KINDS.get(random.nextInt(UNIT_KINDS.size()));
                units.add(random.nextInt(5) == 0
                        ? new DirectUnitScore("unit-" + u, BigDecimal.valueOf(random.nextInt(10_001), 2))
                        : new UnitAnswers("unit-" + u, kind, randomSheet(random, kind)));
            }

            ScoredEntity entity = assertInstanceOf(ScoredEntity.class,
                    ENGINE.scoreEntity(new EntityAnswers("E" + trial, "PEMKAB", "BANTEN", units)));

            BigDecimal lowest = entity.units().stream().map(ScoredUnit::score).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal highest = entity.units().stream().map(ScoredUnit::score).max(BigDecimal::compareTo).orElseThrow();
            assertTrue(lowest.compareTo(entity.score()) <= 0 && entity.score().compareTo(highest) <= 0,
                    entity.score() + " outside " + lowest + ".." + highest);
            assertTrue(ENGINE.round(lowest).compareTo(entity.roundedScore()) <= 0);
            assertTrue(entity.roundedScore().compareTo(ENGINE.round(highest)) <= 0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rankingDoesNotDependOnInputOrder(long seed) {
        Random random = new Random(seed);
        List<String> provinces = List.of("ACEH", "BANTEN", "BALI");
        List<String> types = List.of("KEMENTERIAN", "LEMBAGA", "PEMPROV", "PEMKAB", "PEMKOT");
        List<EntityResult> entities = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String type = types.get(random.nextInt(types.size()));
            String province = type.startsWith("PEM") ? provinces.get(random.nextInt(provinces.size())) : null;
            // Few distinct scores, so that ties are common.
            String score = BigDecimal.valueOf(5000 + 25L * random.nextInt(12), 2).toPlainString();
            entities.add(random.nextInt(10) == 0
                    ? Entities.incomplete("E" + i, type, province)
                    : Entities.scored("E" + i, type, province, score));
        }
        Rankings reference = Rankings.of(entities);

        for (int shuffle = 0; shuffle < 5; shuffle++) {
            List<EntityResult> shuffled = new ArrayList<>(entities);
            Collections.shuffle(shuffled, random);
            Rankings rankings = Rankings.of(shuffled);

            for (String type : types) {
                assertEquals(reference.national(type), rankings.national(type));
            }
            for (String province : provinces) {
                assertEquals(reference.province(province), rankings.province(province));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneEngineSharedByManyThreadsGivesTheSameScores(long seed) throws Exception {
        List<EntityAnswers> cycle = SyntheticCycle.generate(seed);
        CycleResult expected = ENGINE.scoreCycle(cycle);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<CycleResult>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(() -> ENGINE.scoreCycle(cycle)));
            }
            for (Future<CycleResult> result : results) {
                assertEquals(expected.entities(), result.get().entities());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static ScoredUnit scoredUnit(String kind, Map<String, List<Integer>> levels) {
        return assertInstanceOf(ScoredUnit.class, ENGINE.scoreUnit(new UnitAnswers("unit", kind, levels)));
    }

    private static Map<String, List<Integer>> randomSheet(Random random, String kind) {
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        for (DimensionRule dimension : MODEL.dimensions()) {
            for (IndicatorRule indicator : dimension.indicators()) {
                if (!indicator.appliesTo(kind)) {
                    continue;
                }
                List<Integer> answers = new ArrayList<>();
                int respondents = 1 + random.nextInt(16);
                for (int r = 0; r < respondents; r++) {
                    answers.add(random.nextInt(indicator.maxLevel() + 1));
                }
                levels.put(indicator.code(), answers);
            }
        }
        return levels;
    }

    private static List<GradeBand> randomBands(Random random) {
        List<GradeBand> bands = new ArrayList<>();
        bands.add(new GradeBand("Z", null, Zone.MERAH, BigDecimal.ZERO));
        int extra = 1 + random.nextInt(6);
        List<Integer> starts = new ArrayList<>();
        while (starts.size() < extra) {
            int start = 1 + random.nextInt(10_000);
            if (!starts.contains(start)) {
                starts.add(start);
            }
        }
        for (int start : starts) {
            bands.add(new GradeBand("C" + start, null, Zone.values()[random.nextInt(3)], BigDecimal.valueOf(start, 2)));
        }
        Collections.shuffle(bands, random);
        return bands;
    }
}
