package id.patuh.scoring;

import static id.patuh.scoring.Entities.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearOverYearTests {

    private final ScoringEngine compliance = new ScoringEngine(Methodologies.compliance2022());

    @Test
    void entityThatClimbedShowsItsScoreChangeAndPlacesGained() {
        CycleResult previous = compliance.scoreCycle(List.of(
                published("3601", "PEMKAB", "BANTEN", "80.004"),
                published("3602", "PEMKAB", "BANTEN", "85.00"),
                published("3603", "PEMKAB", "BANTEN", "90.00")));
        CycleResult current = compliance.scoreCycle(List.of(
                published("3601", "PEMKAB", "BANTEN", "95.25"),
                published("3602", "PEMKAB", "BANTEN", "85.00"),
                published("3603", "PEMKAB", "BANTEN", "90.00")));

        YearOverYear change = YearOverYear.of("3601", current, previous);

        assertEquals(new BigDecimal("80.00"), change.previousScore());
        assertEquals(new BigDecimal("95.25"), change.currentScore());
        assertEquals(new BigDecimal("15.25"), change.scoreChange());
        assertEquals("B", change.previousCategory());
        assertEquals("A", change.currentCategory());
        assertEquals(Zone.HIJAU, change.previousZone());
        assertEquals(Zone.HIJAU, change.currentZone());
        assertEquals(3, change.previousNationalRank());
        assertEquals(1, change.currentNationalRank());
        assertEquals(2, change.nationalPlacesGained());
        assertEquals(2, change.provincePlacesGained());
    }

    @Test
    void pandeglangRoseFrom121stTo67thNationallyAndFrom8thTo3rdInBanten() {
        List<EntityAnswers> before = new ArrayList<>();
        List<EntityAnswers> after = new ArrayList<>();
        // 120 other regencies above Pandeglang in 2023, of which 7 in Banten; 66 above it in 2024, 2 in Banten.
        for (int i = 1; i <= 120; i++) {
            String province = i <= 7 ? "BANTEN" : "JAWA BARAT";
            before.add(published("K" + i, "PEMKAB", province, "90.00"));
            after.add(published("K" + i, "PEMKAB", province, i <= 2 || (i > 7 && i <= 71) ? "96.00" : "90.00"));
        }
        before.add(published("3601", "PEMKAB", "BANTEN", "80.00"));
        after.add(published("3601", "PEMKAB", "BANTEN", "95.25"));

        YearOverYear change = YearOverYear.of("3601", compliance.scoreCycle(after), compliance.scoreCycle(before));

        assertEquals(121, change.previousNationalRank());
        assertEquals(67, change.currentNationalRank());
        assertEquals(54, change.nationalPlacesGained());
        assertEquals(8, change.previousProvinceRank());
        assertEquals(3, change.currentProvinceRank());
        assertEquals(5, change.provincePlacesGained());
    }

    @Test
    void entityNotAssessedBeforeHasOnlyItsCurrentFigures() {
        CycleResult current = compliance.scoreCycle(List.of(published("9471", "PEMKOT", "PAPUA", "60.00")));

        YearOverYear first = YearOverYear.of("9471", current, null);
        YearOverYear newcomer = YearOverYear.of("9471", current,
                compliance.scoreCycle(List.of(published("9401", "PEMKAB", "PAPUA", "50.00"))));

        for (YearOverYear change : List.of(first, newcomer)) {
            assertNull(change.previousScore());
            assertNull(change.scoreChange());
            assertNull(change.previousCategory());
            assertNull(change.previousZone());
            assertNull(change.previousNationalRank());
            assertNull(change.nationalPlacesGained());
            assertNull(change.provincePlacesGained());
            assertEquals("C", change.currentCategory());
            assertEquals(1, change.currentNationalRank());
        }
    }

    @Test
    void comparisonWithALegacyCycleHasAZoneButNoPreviousCategory() {
        ScoringEngine survey = new ScoringEngine(new ScoringModel("SKSPP-2021",
                Methodologies.compliance2022().dimensions(), PublishedBands.zones2013()));
        CycleResult previous = survey.scoreCycle(List.of(published("3313", "PEMKAB", "JAWA TENGAH", "56.6")));
        CycleResult current = compliance.scoreCycle(List.of(published("3313", "PEMKAB", "JAWA TENGAH", "65.26")));

        YearOverYear change = YearOverYear.of("3313", current, previous);

        assertEquals(new BigDecimal("8.66"), change.scoreChange());
        assertNull(change.previousCategory());
        assertEquals("C", change.currentCategory());
        assertEquals(Zone.KUNING, change.previousZone());
        assertEquals(Zone.KUNING, change.currentZone());
    }

    @Test
    void ministryHasNoProvinceRankInEitherCycle() {
        CycleResult previous = compliance.scoreCycle(List.of(published("KEMENAG", "KEMENTERIAN", null, "70")));
        CycleResult current = compliance.scoreCycle(List.of(published("KEMENAG", "KEMENTERIAN", null, "75")));

        YearOverYear change = YearOverYear.of("KEMENAG", current, previous);

        assertEquals(0, change.nationalPlacesGained());
        assertNull(change.previousProvinceRank());
        assertNull(change.currentProvinceRank());
        assertNull(change.provincePlacesGained());
    }

    @Test
    void entityIncompleteThisCycleHasNoCurrentFigures() {
        CycleResult previous = compliance.scoreCycle(List.of(published("3601", "PEMKAB", "BANTEN", "80")));
        CycleResult current = compliance.scoreCycle(List.of(new EntityAnswers("3601", "PEMKAB", "BANTEN",
                List.of(new UnitAnswers("dukcapil", "DUKCAPIL", Map.of())))));

        YearOverYear change = YearOverYear.of("3601", current, previous);

        assertEquals(new BigDecimal("80.00"), change.previousScore());
        assertNull(change.currentScore());
        assertNull(change.scoreChange());
        assertNull(change.currentNationalRank());
        assertEquals(1, change.previousNationalRank());
    }

    @Test
    void entityMissingFromTheCurrentCycleIsAnError() {
        CycleResult current = compliance.scoreCycle(List.of(published("3601", "PEMKAB", "BANTEN", "80")));

        assertThrows(IllegalArgumentException.class, () -> YearOverYear.of("3602", current, null));
    }
}
