package id.patuh.methodology;

import id.patuh.registry.EntityType;
import id.patuh.registry.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.patuh.methodology.AggregationRules.RespondentAggregation;
import id.patuh.methodology.AggregationRules.Rounding;
import id.patuh.methodology.AggregationRules.UnitAggregation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MethodologyModelTests {

    private static final LocalizedText TEXT = new LocalizedText("Teks", "Text");

    @Test
    void yearRangeReadsAsWrittenInOmbudsmanMaterialAndMayBeOpenEnded() {
        assertThat(new YearRange(2022, 2024)).hasToString("2022–2024");
        assertThat(new YearRange(2025, null)).hasToString("2025–");
        assertThat(new YearRange(2025, null).covers(2031)).isTrue();
        assertThat(new YearRange(2022, 2024).covers(2021)).isFalse();
        assertThatThrownBy(() -> new YearRange(2024, 2022)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answerScaleRefusesFewerThanTwoLevelsOrLevelsNotNumberedFromZero() {
        assertThatThrownBy(() -> new AnswerScale("SATU", List.of(new ScaleLevel(0, TEXT))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerScale("LONCAT", List.of(new ScaleLevel(0, TEXT), new ScaleLevel(2, TEXT))))
                .isInstanceOf(IllegalArgumentException.class);
        AnswerScale scale = new AnswerScale("DUA", List.of(new ScaleLevel(0, TEXT), new ScaleLevel(1, TEXT)));
        assertThat(scale.maxLevel()).isEqualTo(1);
        assertThatThrownBy(() -> scale.level(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void applicabilityWithEmptySetsAppliesToEveryEntityAndUnit() {
        assertThat(Applicability.ALL.appliesTo(EntityType.KEMENTERIAN, UnitKind.OTHER)).isTrue();
        Applicability hospitals = new Applicability(Set.of(), Set.of(UnitKind.RSUD));
        assertThat(hospitals.appliesTo(EntityType.PEMPROV, UnitKind.RSUD)).isTrue();
        assertThat(hospitals.appliesTo(EntityType.PEMPROV, UnitKind.DUKCAPIL)).isFalse();
    }

    @Test
    void gradesAreKeptFromTheHighestBandDownAndScoresOutsideZeroToHundredAreRefused() {
        Methodology methodology = new Methodology("uji", TEXT, new YearRange(2022, 2024), MethodologyStatus.ACTIVE,
                TEXT, List.of(), List.of(
                        new GradeBand(null, null, Zone.MERAH, BigDecimal.ZERO),
                        new GradeBand(null, null, Zone.HIJAU, new BigDecimal("81.00")),
                        new GradeBand(null, null, Zone.KUNING, new BigDecimal("51.00"))),
                new AggregationRules(RespondentAggregation.MEAN, UnitAggregation.MEAN_OF_PRODUCTS,
                        new Rounding(2, RoundingMode.HALF_UP), Map.of()),
                null);

        assertThat(methodology.grades()).extracting(GradeBand::zone)
                .containsExactly(Zone.HIJAU, Zone.KUNING, Zone.MERAH);
        assertThat(methodology.gradeFor(new BigDecimal("65.26")).zone()).isEqualTo(Zone.KUNING);
        assertThatThrownBy(() -> methodology.gradeFor(new BigDecimal("100.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> methodology.gradeFor(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
