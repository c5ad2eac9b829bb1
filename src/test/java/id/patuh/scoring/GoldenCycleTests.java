package id.patuh.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole score sheet of a synthetic cycle against a checked-in expectation. The expected file was computed once
 * and a sample of its rows checked by hand; on a difference the actual sheet is written to
 * {@code target/golden-cycle.actual.csv} to compare.
 */
class GoldenCycleTests {

    static final long SEED = 20221222L;

    @Test
    void syntheticCycleScoresExactlyAsTheCheckedInSheet() throws IOException {
        String actual = ScoreSheet.csv(new ScoringEngine(Methodologies.compliance2022())
                .scoreCycle(SyntheticCycle.generate(SEED)));
        String expected = null;
        try (InputStream golden = getClass().getResourceAsStream("/scoring/golden-cycle.csv")) {
            if (golden != null) {
                expected = new String(golden.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", "golden-cycle.actual.csv"), actual, StandardCharsets.UTF_8);
        }
        assertNotNull(expected, "src/test/resources/scoring/golden-cycle.csv is missing");
        assertEquals(expected, actual);
    }

    @Test
    void syntheticCycleHasTheShapeTheGoldenFileClaims() {
        CycleResult cycle = new ScoringEngine(Methodologies.compliance2022()).scoreCycle(SyntheticCycle.generate(SEED));

        assertEquals(20, cycle.entities().size());
        assertEquals(125, cycle.entities().stream().mapToInt(entity -> entity instanceof ScoredEntity scored
                ? scored.units().size()
                : ((IncompleteEntity) entity).scoredUnits().size() + ((IncompleteEntity) entity).incompleteUnits().size())
                .sum());
        assertEquals(cycle.rankings().nationalRank(SyntheticCycle.TWIN_OF), cycle.rankings().nationalRank(SyntheticCycle.TWIN));
        assertEquals(IncompleteEntity.class, cycle.entity(SyntheticCycle.INCOMPLETE).orElseThrow().getClass());
    }
}
