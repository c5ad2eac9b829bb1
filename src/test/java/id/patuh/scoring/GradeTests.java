package id.patuh.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTests {

    private final ScoringEngine compliance = new ScoringEngine(Methodologies.compliance2022());
    private final ScoringEngine survey = new ScoringEngine(new ScoringModel("SKSPP-2019",
            Methodologies.compliance2022().dimensions(), PublishedBands.zones2013()));

    @ParameterizedTest(name = "{0} is category {1}")
    @CsvSource({
            "100, A", "100.00, A", "88.00, A", "87.995, A", "87.99, B", "87.994999, B", "78.00, B", "77.99, C",
            "54.00, C", "53.995, C", "53.994, D", "53.99, D", "32.00, D", "31.995, D", "31.99, E", "0, E", "0.00, E"})
    void lowerBoundsAreInclusiveAndTheScoreIsRoundedHalfUpFirst(String score, String category) {
        assertEquals(category, compliance.grade(new BigDecimal(score)).category());
    }

    @Test
    void eachCategoryCarriesItsOpinionAndZone() {
        assertGrade("95.25", "A", "Kualitas Tertinggi", Zone.HIJAU);
        assertGrade("80.00", "B", "Kualitas Tinggi", Zone.HIJAU);
        assertGrade("60.00", "C", "Kualitas Sedang", Zone.KUNING);
        assertGrade("49.85", "D", "Kualitas Rendah", Zone.MERAH);
        assertGrade("10.00", "E", "Kualitas Terendah", Zone.MERAH);
    }

    @ParameterizedTest(name = "{0} is zone {1}")
    @CsvSource({"100, HIJAU", "81.00, HIJAU", "80.995, HIJAU", "80.99, KUNING", "65.26, KUNING", "56.6, KUNING",
            "51.00, KUNING", "50.99, MERAH", "0, MERAH"})
    void legacyZonesHaveInclusiveLowerBoundsAndNoCategory(String score, Zone zone) {
        GradeBand band = survey.grade(new BigDecimal(score));

        assertEquals(zone, band.zone());
        assertNull(band.category());
        assertNull(band.opinion());
    }

    @Test
    void scoresOutsideZeroToHundredHaveNoGrade() {
        assertThrows(IllegalArgumentException.class, () -> compliance.grade(new BigDecimal("100.005")));
        assertThrows(IllegalArgumentException.class, () -> compliance.grade(new BigDecimal("-0.01")));
    }

    @Test
    void bandsMayBeGivenInAnyOrder() {
        List<GradeBand> reversed = new ArrayList<>(PublishedBands.compliance2022());
        Collections.reverse(reversed);
        ScoringModel model = new ScoringModel("REVERSED", Methodologies.compliance2022().dimensions(), reversed);

        assertEquals(PublishedBands.compliance2022(), model.gradeBands());
        assertEquals("B", new ScoringEngine(model).grade(new BigDecimal("87.99")).category());
    }

    @Test
    void bandsMustCoverEveryScoreFromZeroWithoutTwoBandsStartingTogether() {
        List<DimensionRule> dimensions = Methodologies.compliance2022().dimensions();
        List<GradeBand> fromOne = List.of(new GradeBand("A", null, Zone.HIJAU, BigDecimal.ONE));
        List<GradeBand> twice = List.of(new GradeBand("A", null, Zone.HIJAU, BigDecimal.ZERO),
                new GradeBand("B", null, Zone.KUNING, new BigDecimal("0.00")));

        assertThrows(IllegalArgumentException.class, () -> new ScoringModel("GAP", dimensions, fromOne));
        assertThrows(IllegalArgumentException.class, () -> new ScoringModel("TWICE", dimensions, twice));
        assertThrows(IllegalArgumentException.class, () -> new GradeBand("X", null, Zone.HIJAU, new BigDecimal("101")));
    }

    private void assertGrade(String score, String category, String opinion, Zone zone) {
        assertEquals(new GradeBand(category, opinion, zone, bandStart(category)),
                compliance.grade(new BigDecimal(score)));
    }

    private static BigDecimal bandStart(String category) {
        return PublishedBands.compliance2022().stream().filter(band -> band.category().equals(category))
                .findFirst().orElseThrow().lowerBound();
    }
}
