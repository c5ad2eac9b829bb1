package id.patuh.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.patuh.methodology.AggregationRules.RespondentTarget;
import id.patuh.methodology.AggregationRules.TargetScope;
import id.patuh.methodology.AggregationRules.UnitAggregation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class ShippedMethodologiesTests {

    static final List<String> IDS = ShippedMethodologies.IDS;

    @ParameterizedTest
    @FieldSource("IDS")
    void everyShippedFileLoadsUnderItsOwnId(String id) {
        Methodology methodology = ShippedMethodologies.load(id);

        assertThat(methodology.id()).isEqualTo(id);
        assertThat(methodology.indicators()).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void everyShippedFileSaysWhatIsPublicAndWhatIsReconstructedInBothLanguages(String id) {
        LocalizedText provenance = ShippedMethodologies.load(id).provenance();

        assertThat(provenance.id()).contains("Publik:", "Rekonstruksi:");
        assertThat(provenance.en()).contains("Public:", "Reconstructed:");
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void everyShippedIndicatorHasARecommendationDifferentFromItsText(String id) {
        for (Indicator indicator : ShippedMethodologies.load(id).indicators()) {
            assertThat(indicator.recommendation().id()).as(indicator.code()).isNotEqualTo(indicator.text().id());
            assertThat(indicator.recommendation().en()).as(indicator.code()).isNotEqualTo(indicator.text().en());
        }
    }

    @Test
    void ombudsman2022CarriesThePublished2023DimensionWeightsAndVariables() {
        Methodology methodology = ShippedMethodologies.load("ombudsman-2022");

        assertThat(methodology.years()).hasToString("2022–2024");
        assertThat(methodology.status()).isEqualTo(MethodologyStatus.RETIRED);
        assertThat(methodology.dimensions()).extracting(Dimension::code, d -> d.weight().toPlainString())
                .containsExactly(
                        tuple("INPUT", "21.85"),
                        tuple("PROSES", "32.37"),
                        tuple("OUTPUT", "24.24"),
                        tuple("PENGADUAN", "21.54"));
        assertThat(methodology.dimensions()).flatExtracting(Dimension::variables).extracting(v -> v.name().id())
                .containsExactly("Kompetensi Pelaksana", "Sarana Prasarana", "Standar Pelayanan",
                        "Persepsi Maladministrasi", "Pengelolaan Pengaduan");
    }

    @Test
    void ombudsman2022WeighsKnowledgeOfTheStandardComponentsAt1222WithinInput() {
        Methodology methodology = ShippedMethodologies.load("ombudsman-2022");

        Indicator knowledge = methodology.indicator("IN.KP.01").orElseThrow();
        assertThat(knowledge.weight()).isEqualByComparingTo("12.22");
        assertThat(knowledge.origin()).isEqualTo(Origin.PUBLIC);
        assertThat(knowledge.source()).isEqualTo(DataSource.OFFICIAL_INTERVIEW);
        assertThat(methodology.dimension("INPUT").orElseThrow().indicators()).contains(knowledge);
    }

    @Test
    void ombudsman2022ObservesElevenStandardIndicatorsAndAsksOnAZeroToThreeScale() {
        Methodology methodology = ShippedMethodologies.load("ombudsman-2022");

        assertThat(methodology.dimension("PROSES").orElseThrow().indicators()).hasSize(11);
        assertThat(methodology.indicators()).allSatisfy(indicator -> {
            assertThat(indicator.scale().maxLevel()).isEqualTo(3);
            assertThat(indicator.scale().levels()).allSatisfy(level -> {
                assertThat(level.label().id()).isNotBlank();
                assertThat(level.label().en()).isNotBlank();
            });
        });
        assertThat(methodology.dimension("OUTPUT").orElseThrow().indicators())
                .extracting(Indicator::source).containsOnly(DataSource.USER_INTERVIEW);
    }

    @ParameterizedTest
    @CsvSource({
        "100, A, Kualitas Tertinggi, HIJAU",
        "88.00, A, Kualitas Tertinggi, HIJAU",
        "87.99, B, Kualitas Tinggi, HIJAU",
        "78.00, B, Kualitas Tinggi, HIJAU",
        "77.99, C, Kualitas Sedang, KUNING",
        "54.00, C, Kualitas Sedang, KUNING",
        "53.99, D, Kualitas Rendah, MERAH",
        "32.00, D, Kualitas Rendah, MERAH",
        "31.99, E, Kualitas Terendah, MERAH",
        "0, E, Kualitas Terendah, MERAH"
    })
    void ombudsman2022GradesScoresWithThePublishedBands(String score, String category, String opinion, Zone zone) {
        GradeBand grade = ShippedMethodologies.load("ombudsman-2022").gradeFor(new BigDecimal(score));

        assertThat(grade.category()).isEqualTo(category);
        assertThat(grade.opinion().id()).isEqualTo(opinion);
        assertThat(grade.zone()).isEqualTo(zone);
    }

    @Test
    void ombudsman2022AveragesUnitsAndRoundsHalfUpToTwoDecimalsWithTheFieldTargets() {
        AggregationRules rules = ShippedMethodologies.load("ombudsman-2022").aggregation();

        assertThat(rules.unitToEntity()).isEqualTo(UnitAggregation.MEAN_OF_UNITS);
        assertThat(rules.rounding().scale()).isEqualTo(2);
        assertThat(rules.rounding().mode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(rules.targets()).isEqualTo(Map.of(
                DataSource.OBSERVATION, new RespondentTarget(2, TargetScope.UNIT),
                DataSource.OFFICIAL_INTERVIEW, new RespondentTarget(4, TargetScope.UNIT),
                DataSource.COMPLAINT_OFFICER_INTERVIEW, new RespondentTarget(2, TargetScope.UNIT),
                DataSource.USER_INTERVIEW, new RespondentTarget(30, TargetScope.ENTITY)));
    }

    @Test
    void legacyChecksTheFourteenStatutoryComponentsPerProductInOneDimension() {
        Methodology methodology = ShippedMethodologies.load("ombudsman-legacy");

        assertThat(methodology.years()).hasToString("2013–2021");
        assertThat(methodology.dimensions()).singleElement()
                .satisfies(dimension -> assertThat(dimension.weight()).isEqualByComparingTo("100"));
        assertThat(methodology.indicators()).hasSize(14)
                .extracting(Indicator::source).containsOnly(DataSource.OBSERVATION);
        assertThat(methodology.aggregation().unitToEntity()).isEqualTo(UnitAggregation.MEAN_OF_PRODUCTS);
        assertThat(methodology.maladministrationPredicate()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "100, HIJAU",
        "81.00, HIJAU",
        "80.99, KUNING",
        "51.00, KUNING",
        "50.99, MERAH",
        "0, MERAH"
    })
    void legacyGradesScoresIntoThreeZonesWithoutCategoriesOrOpinions(String score, Zone zone) {
        GradeBand grade = ShippedMethodologies.load("ombudsman-legacy").gradeFor(new BigDecimal(score));

        assertThat(grade.category()).isNull();
        assertThat(grade.zone()).isEqualTo(zone);
        assertThat(grade.opinion()).isNull();
    }

    @Test
    void ombudsman2025ScalesTheFourDimensionsToSeventyAndAddsPublicTrustAtThirty() {
        Methodology methodology = ShippedMethodologies.load("ombudsman-2025");

        assertThat(methodology.status()).isEqualTo(MethodologyStatus.PROVISIONAL);
        assertThat(methodology.years().isOpenEnded()).isTrue();
        assertThat(methodology.dimensions()).extracting(Dimension::code)
                .containsExactly("INPUT", "PROSES", "OUTPUT", "PENGADUAN", "KEPERCAYAAN");
        Methodology previous = ShippedMethodologies.load("ombudsman-2022");
        for (Dimension earlier : previous.dimensions()) {
            BigDecimal scaled = earlier.weight().multiply(new BigDecimal("0.7"));
            assertThat(methodology.dimension(earlier.code()).orElseThrow().weight()).isEqualByComparingTo(scaled);
        }
        BigDecimal fourDimensions = methodology.dimensions().stream().limit(4).map(Dimension::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(fourDimensions).isEqualByComparingTo("70");
        assertThat(methodology.dimension("KEPERCAYAAN").orElseThrow().weight()).isEqualByComparingTo("30");
    }

    @Test
    void ombudsman2025AssessesActionOnLahpLhaAndRecommendationsFromDocuments() {
        Methodology methodology = ShippedMethodologies.load("ombudsman-2025");

        assertThat(List.of("PG.PO.01", "PG.PO.02", "PG.PO.03")).allSatisfy(code -> {
            Indicator indicator = methodology.indicator(code).orElseThrow();
            assertThat(indicator.source()).isEqualTo(DataSource.DOCUMENT);
            assertThat(methodology.dimension("PENGADUAN").orElseThrow().indicators()).contains(indicator);
        });
        assertThat(methodology.indicator("PG.PO.01").orElseThrow().text().id()).contains("LAHP");
        assertThat(methodology.indicator("PG.PO.02").orElseThrow().text().id()).contains("LHA");
        assertThat(methodology.indicator("PG.PO.03").orElseThrow().text().id()).contains("Rekomendasi");
    }

    @Test
    void ombudsman2025KeepsThe2022BandsAndMarksItsMaladministrationPredicateProvisional() {
        Methodology methodology = ShippedMethodologies.load("ombudsman-2025");

        assertThat(methodology.grades()).isEqualTo(ShippedMethodologies.load("ombudsman-2022").grades());
        MaladministrationPredicate predicate = methodology.maladministrationPredicate();
        assertThat(predicate.provisional()).isTrue();
        assertThat(predicate.bands()).extracting(band -> band.label().id()).containsExactly(
                "Tanpa Maladministrasi", "Potensi Maladministrasi Rendah", "Potensi Maladministrasi Sedang",
                "Potensi Maladministrasi Tinggi");
        assertThat(predicate.bandFor(new BigDecimal("90.00")).code()).isEqualTo("TANPA");
        assertThat(predicate.bandFor(new BigDecimal("89.99")).code()).isEqualTo("RENDAH");
        assertThat(predicate.bandFor(BigDecimal.ZERO).code()).isEqualTo("TINGGI");
        assertThat(predicate.basisVariables()).allSatisfy(code -> assertThat(methodology.dimensions().stream()
                .flatMap(dimension -> dimension.variables().stream())
                .anyMatch(variable -> variable.code().equals(code))).isTrue());
    }

    @Test
    void ombudsman2025KeepsTheCodesOfIndicatorsCarriedOverFrom2022() {
        Methodology methodology = ShippedMethodologies.load("ombudsman-2025");

        for (Indicator earlier : ShippedMethodologies.load("ombudsman-2022").indicators()) {
            Indicator carried = methodology.indicator(earlier.code()).orElseThrow();
            assertThat(carried.text()).isEqualTo(earlier.text());
            assertThat(carried.origin()).isEqualTo(earlier.origin());
        }
    }

    @Test
    void loadingAnIdThatIsNotShippedIsRefused() {
        assertThatThrownBy(() -> ShippedMethodologies.load("ombudsman-1999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ombudsman-2022");
    }
}
