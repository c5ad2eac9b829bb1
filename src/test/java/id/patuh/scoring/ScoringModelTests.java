package id.patuh.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringModelTests {

    @Test
    void dimensionWeightsMustSumToOneHundred() {
        List<DimensionRule> dimensions = List.of(
                new DimensionRule("INPUT", new BigDecimal("21.85"), List.of(indicator("A", "100"))),
                new DimensionRule("PROSES", new BigDecimal("32.37"), List.of(indicator("B", "100"))),
                new DimensionRule("OUTPUT", new BigDecimal("24.24"), List.of(indicator("C", "100"))),
                new DimensionRule("PENGADUAN", new BigDecimal("21.53"), List.of(indicator("D", "100"))));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ScoringModel("PKP-2022", dimensions, PublishedBands.compliance2022()));
        assertTrue(error.getMessage().contains("99.99"), error.getMessage());
    }

    @Test
    void indicatorSharesMustSumToOneHundredWithinTheirDimension() {
        assertThrows(IllegalArgumentException.class, () -> new DimensionRule("INPUT", new BigDecimal("100"),
                List.of(indicator("A", "12.22"), indicator("B", "87.77"))));
    }

    @Test
    void anIndicatorCodeIsUsedOnceInTheWholeMethodology() {
        assertThrows(IllegalArgumentException.class, () -> new ScoringModel("DUP", List.of(
                new DimensionRule("INPUT", new BigDecimal("50"), List.of(indicator("A", "100"))),
                new DimensionRule("OUTPUT", new BigDecimal("50"), List.of(indicator("A", "100")))),
                PublishedBands.compliance2022()));
    }

    @Test
    void anAnswerScaleHasAtLeastTwoLevels() {
        assertThrows(IllegalArgumentException.class, () -> new IndicatorRule("A", new BigDecimal("100"), 0));
    }

    @Test
    void modelDefaultsToTwoDecimalsAndTheMeanOfUnits() {
        ScoringModel model = Methodologies.compliance2022();

        assertEquals(2, model.roundingScale());
        assertEquals(EntityAggregation.MEAN_OF_UNITS, model.entityAggregation());
        assertEquals(RespondentAggregation.MEAN, model.dimensions().get(0).indicators().get(0).aggregation());
    }

    @Test
    void indicatorWithoutListedUnitKindsAppliesToEveryKind() {
        IndicatorRule everywhere = indicator("A", "100");
        IndicatorRule hospitals = new IndicatorRule("H", new BigDecimal("100"), 3, RespondentAggregation.MEAN,
                Set.of("RSUD"));

        assertTrue(everywhere.appliesTo("PUSKESMAS"));
        assertTrue(hospitals.appliesTo("RSUD"));
        assertFalse(hospitals.appliesTo("PUSKESMAS"));
    }

    private static IndicatorRule indicator(String code, String share) {
        return new IndicatorRule(code, new BigDecimal(share), 3);
    }
}
