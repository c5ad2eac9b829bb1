package id.patuh.methodology;

import id.patuh.registry.EntityType;
import id.patuh.registry.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.patuh.methodology.MethodologyError.Kind;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodologyLoaderTests {

    private static final String VALID = """
            id: uji-coba
            name: { id: Metodologi uji, en: Test methodology }
            years: { firstYear: 2022, lastYear: 2024 }
            status: ACTIVE
            provenance: { id: Data uji., en: Test data. }
            scales:
              YA_TIDAK:
                levels:
                  - { value: 0, label: { id: Tidak, en: No } }
                  - { value: 1, label: { id: Ya, en: Yes } }
            dimensions:
              - code: INPUT
                name: { id: Input, en: Input }
                weight: 40
                variables:
                  - code: KOMPETENSI
                    name: { id: Kompetensi, en: Competence }
                    indicators:
                      - code: IN.01
                        text: { id: Mengetahui standar, en: Knows the standard }
                        source: OFFICIAL_INTERVIEW
                        scale: YA_TIDAK
                        weight: 60.5
                        recommendation: { id: Latih pelaksana, en: Train the officials }
                        applicability: { entityTypes: [PEMKAB, PEMKOT], unitKinds: [PUSKESMAS] }
                      - code: IN.02
                        origin: PUBLIC
                        text: { id: Ada ABK, en: Has a workload analysis }
                        source: DOCUMENT
                        scale: YA_TIDAK
                        weight: 39.5
                        recommendation: { id: Susun ABK, en: Prepare one }
              - code: PROSES
                name: { id: Proses, en: Process }
                weight: 60
                variables:
                  - code: STANDAR
                    name: { id: Standar, en: Standard }
                    indicators:
                      - code: PR.01
                        text: { id: Persyaratan dipublikasikan, en: Requirements published }
                        source: OBSERVATION
                        scale: YA_TIDAK
                        weight: 100
                        recommendation: { id: Publikasikan, en: Publish them }
            grades:
              - { category: A, opinion: { id: Baik, en: Good }, zone: HIJAU, lowerBound: 50 }
              - { category: B, zone: MERAH, lowerBound: 0 }
            aggregation:
              respondents: MEAN
              unitToEntity: MEAN_OF_UNITS
              rounding: { scale: 2, mode: HALF_UP }
              targets:
                OFFICIAL_INTERVIEW: { count: 4, per: UNIT }
            """;

    private static final String SEVERAL_ERRORS = """
            id: uji-coba
            name: { id: Metodologi uji, en: Test methodology }
            years: { firstYear: 2022 }
            status: ACTIVE
            provenance: { id: Data uji., en: Test data. }
            scales:
              YA_TIDAK:
                levels:
                  - { value: 0, label: { id: Tidak, en: No } }
                  - { value: 1, label: { id: Ya, en: Yes } }
            dimensions:
              - code: INPUT
                name: { id: Input, en: Input }
                weight: 40
                variables:
                  - code: KOMPETENSI
                    name: { id: Kompetensi, en: Competence }
                    indicators:
                      - code: IN.01
                        text: { id: Mengetahui standar, en: Knows the standard }
                        source: OFFICIAL_INTERVIEW
                        scale: YA_TIDAK
                        weight: 50
                        recommendation: { id: Latih pelaksana, en: Train the officials }
                      - code: IN.02
                        text: { id: Ada ABK, en: Has a workload analysis }
                        source: DOCUMENT
                        weight: 50
                        recommendation: { id: Susun ABK, en: Prepare one }
              - code: PROSES
                name: { id: Proses, en: Process }
                weight: 59
                variables:
                  - code: STANDAR
                    name: { id: Standar, en: Standard }
                    indicators:
                      - code: PR.01
                        text: { id: Persyaratan dipublikasikan, en: Requirements published }
                        source: SURVEY
                        scale: YA_TIDAK
                        weight: 70
                        recommendation: { id: Publikasikan, en: Publish them }
                      - code: IN.01
                        text: { id: Prosedur dipublikasikan, en: Procedure published }
                        source: OBSERVATION
                        scale: YA_TIDAK
                        weight: 30
                        recommendation: { id: Publikasikan, en: Publish it }
            grades:
              - { category: A, zone: HIJAU, lowerBound: 50 }
              - { category: B, zone: MERAH, lowerBound: 20 }
            aggregation:
              respondents: MEAN
              unitToEntity: MEAN_OF_UNITS
              rounding: { scale: 2, mode: HALF_UP }
            """;

    private final MethodologyLoader loader = new MethodologyLoader();

    @Test
    void loadsEveryPartOfAValidFileIntoTheModel() {
        Methodology methodology = loader.load(VALID);

        assertThat(methodology.id()).isEqualTo("uji-coba");
        assertThat(methodology.years().covers(2024)).isTrue();
        assertThat(methodology.years().covers(2025)).isFalse();
        Indicator first = methodology.indicator("IN.01").orElseThrow();
        assertThat(first.weight()).isEqualByComparingTo("60.5");
        assertThat(first.scale().code()).isEqualTo("YA_TIDAK");
        assertThat(first.scale().level(1).label()).isEqualTo(new LocalizedText("Ya", "Yes"));
        assertThat(first.origin()).as("origin defaults to reconstructed").isEqualTo(Origin.RECONSTRUCTED);
        assertThat(first.applicability().appliesTo(EntityType.PEMKAB, UnitKind.PUSKESMAS)).isTrue();
        assertThat(first.applicability().appliesTo(EntityType.PEMPROV, UnitKind.PUSKESMAS)).isFalse();
        assertThat(first.applicability().appliesTo(EntityType.PEMKOT, UnitKind.DUKCAPIL)).isFalse();
        Indicator second = methodology.indicator("IN.02").orElseThrow();
        assertThat(second.origin()).isEqualTo(Origin.PUBLIC);
        assertThat(second.applicability()).isEqualTo(Applicability.ALL);
        assertThat(methodology.grades()).extracting(GradeBand::category, GradeBand::opinion)
                .containsExactly(tuple("A", new LocalizedText("Baik", "Good")), tuple("B", null));
        assertThat(methodology.maladministrationPredicate()).isNull();
    }

    @Test
    void rejectsTheWholeFileAndListsEveryErrorWithItsExactPath() {
        InvalidMethodologyException rejection = rejection(SEVERAL_ERRORS);

        assertThat(rejection.errors()).extracting(MethodologyError::path, MethodologyError::kind).containsExactly(
                tuple("dimensions", Kind.WEIGHT_SUM),
                tuple("dimensions[0].variables[0].indicators[1].scale", Kind.MISSING_FIELD),
                tuple("dimensions[1].variables[0].indicators[0].source", Kind.UNKNOWN_VALUE),
                tuple("dimensions[1].variables[0].indicators[1].code", Kind.DUPLICATE),
                tuple("grades", Kind.BAND_COVERAGE));
    }

    @Test
    void explainsEachErrorInEnglishAndIndonesian() {
        List<MethodologyError> errors = rejection(SEVERAL_ERRORS).errors();

        assertThat(errors.get(0).message().en()).contains("sum to 99", "exactly 100");
        assertThat(errors.get(0).message().id()).contains("99", "tepat 100");
        assertThat(errors.get(2).message().en())
                .contains("\"SURVEY\"", "OBSERVATION, OFFICIAL_INTERVIEW, COMPLAINT_OFFICER_INTERVIEW, "
                        + "USER_INTERVIEW, DOCUMENT");
        assertThat(errors.get(2).message().id()).contains("tidak dikenal", "OBSERVATION");
        assertThat(errors.get(3).message().en())
                .contains("IN.01", "dimensions[0].variables[0].indicators[0].code");
        assertThat(errors.get(4).message().en()).contains("0 to 19.99");
        assertThat(errors.get(4).message().id()).contains("0 sampai 19.99");
    }

    @Test
    void pointsEachErrorAtTheLineOfTheOffendingValueOrOfItsNearestParent() {
        List<MethodologyError> errors = rejection(SEVERAL_ERRORS).errors();

        assertThat(errors.get(0).line()).isEqualTo(lineOf(SEVERAL_ERRORS, "dimensions:"));
        assertThat(errors.get(1).line()).as("a missing field points at its mapping")
                .isEqualTo(lineOf(SEVERAL_ERRORS, "- code: IN.02"));
        assertThat(errors.get(2).line()).isEqualTo(lineOf(SEVERAL_ERRORS, "source: SURVEY"));
        assertThat(errors.get(2).column()).isEqualTo(SEVERAL_ERRORS.lines()
                .filter(line -> line.contains("source: SURVEY")).findFirst().orElseThrow().indexOf("source") + 1);
        assertThat(errors.get(4).line()).isEqualTo(lineOf(SEVERAL_ERRORS, "grades:"));
    }

    @Test
    void summarisesEveryErrorInTheExceptionMessage() {
        InvalidMethodologyException rejection = rejection(SEVERAL_ERRORS);

        assertThat(rejection.getMessage()).startsWith("Methodology rejected with 5 errors:")
                .contains("dimensions[1].variables[0].indicators[0].source (line "
                        + lineOf(SEVERAL_ERRORS, "source: SURVEY") + ", column 13): Unknown value \"SURVEY\"");
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsLineAndColumn() {
        String broken = """
                id: uji-coba
                name: { id: Uji, en: Test }
                years: [2022, 2024
                status: ACTIVE
                """;

        MethodologyError error = rejection(broken).errors().get(0);

        assertThat(rejection(broken).errors()).hasSize(1);
        assertThat(error.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(error.path()).isEmpty();
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.message().en()).startsWith("YAML syntax error at line 4, column ");
        assertThat(error.message().id()).startsWith("Kesalahan sintaks YAML pada baris 4, kolom ");
    }

    @Test
    void treatsARepeatedKeyAsASyntaxErrorRatherThanKeepingTheLastValue() {
        MethodologyError error = rejection(VALID.replace("status: ACTIVE\n", "status: ACTIVE\nstatus: RETIRED\n"))
                .errors().get(0);

        assertThat(error.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(error.line()).isEqualTo(lineOf(VALID, "status: ACTIVE") + 1);
        assertThat(error.message().en()).contains("\"status\"");
    }

    @Test
    void rejectsAnEmptyDocument() {
        assertThat(rejection("# nothing but a comment\n").errors())
                .extracting(MethodologyError::kind, MethodologyError::line)
                .containsExactly(tuple(Kind.SYNTAX, 1));
    }

    @Test
    void reportsMisspelledFieldsInsteadOfIgnoringThem() {
        List<MethodologyError> errors = rejection(insertAfter(VALID, "weight: 39.5", "wieght: 39.5")).errors();

        assertThat(errors).extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(tuple("dimensions[0].variables[0].indicators[1].wieght", Kind.UNKNOWN_FIELD));
        assertThat(errors.get(0).message().en()).contains("code, text, source, scale, weight");
    }

    @Test
    void reportsAWronglyTypedWeightOnceWithoutASpuriousSumError() {
        List<MethodologyError> errors = rejection(VALID.replace("weight: 39.5", "weight: tiga puluh")).errors();

        assertThat(errors).extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(tuple("dimensions[0].variables[0].indicators[1].weight", Kind.WRONG_TYPE));
        assertThat(errors.get(0).message().en()).isEqualTo("Must be a number, found text \"tiga puluh\".");
        assertThat(errors.get(0).message().id()).isEqualTo("Harus berupa angka, ditemukan teks \"tiga puluh\".");
    }

    @Test
    void reportsAMissingScalesSectionOnceRatherThanOnceForEveryIndicator() {
        String yaml = VALID.substring(0, VALID.indexOf("scales:")) + VALID.substring(VALID.indexOf("dimensions:"));

        assertThat(rejection(yaml).errors()).extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(tuple("scales", Kind.MISSING_FIELD));
    }

    @Test
    void rejectsIndicatorWeightsThatDoNotSumToHundredWithinTheirDimension() {
        List<MethodologyError> errors = rejection(VALID.replace("weight: 39.5", "weight: 39.4")).errors();

        assertThat(errors).extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(tuple("dimensions[0]", Kind.WEIGHT_SUM));
        assertThat(errors.get(0).message().en()).contains("dimension INPUT sum to 99.9");
    }

    @Test
    void rejectsOverlappingBandsAndBoundsOutsideZeroToHundred() {
        String yaml = VALID.replace("""
                  - { category: B, zone: MERAH, lowerBound: 0 }
                """, """
                  - { category: B, zone: MERAH, lowerBound: 0 }
                  - { category: C, zone: KUNING, lowerBound: 50.00 }
                  - { category: A, zone: KUNING, lowerBound: 100.01 }
                """);

        assertThat(rejection(yaml).errors()).extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(
                        tuple("grades[2].lowerBound", Kind.DUPLICATE),
                        tuple("grades[3].category", Kind.DUPLICATE),
                        tuple("grades[3].lowerBound", Kind.INVALID_VALUE));
    }

    @Test
    void rejectsScalesWithTooFewLevelsMisnumberedLevelsOrAMissingLabel() {
        String yaml = VALID.replace("""
                  YA_TIDAK:
                    levels:
                      - { value: 0, label: { id: Tidak, en: No } }
                      - { value: 1, label: { id: Ya, en: Yes } }
                """, """
                  YA_TIDAK:
                    levels:
                      - { value: 0, label: { id: Tidak, en: No } }
                      - { value: 2, label: { id: Ya, en: Yes } }
                  SATU:
                    levels:
                      - { value: 0, label: { id: Tidak, en: No } }
                  TANPA_LABEL:
                    levels:
                      - { value: 0, label: { id: Tidak, en: No } }
                      - { value: 1 }
                """);

        assertThat(rejection(yaml).errors()).extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(
                        tuple("scales.YA_TIDAK.levels[1].value", Kind.SCALE),
                        tuple("scales.SATU.levels", Kind.SCALE),
                        tuple("scales.TANPA_LABEL.levels[1].label", Kind.MISSING_FIELD));
    }

    @Test
    void rejectsReferencesToAnUndefinedScaleListingTheDefinedOnes() {
        List<MethodologyError> errors = rejection(
                editAfter(VALID, "code: PR.01", "scale: YA_TIDAK", "scale: SKALA_LAIN")).errors();

        assertThat(errors).extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(tuple("dimensions[1].variables[0].indicators[0].scale", Kind.UNKNOWN_REFERENCE));
        assertThat(errors.get(0).message().en()).contains("SKALA_LAIN", "defined scales: YA_TIDAK");
    }

    @Test
    void readsAMaladministrationPredicateAndChecksItsBasisAndBands() {
        String predicate = """
                maladministrationPredicate:
                  provisional: true
                  basisVariables: [STANDAR, TIDAK_ADA]
                  bands:
                    - { code: TANPA, label: { id: Tanpa Maladministrasi, en: None }, lowerBound: 90 }
                    - { code: TANPA, label: { id: Potensi Tinggi, en: High }, lowerBound: 10 }
                """;

        assertThat(rejection(VALID + predicate).errors()).extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(
                        tuple("maladministrationPredicate.basisVariables[1]", Kind.UNKNOWN_REFERENCE),
                        tuple("maladministrationPredicate.bands", Kind.BAND_COVERAGE),
                        tuple("maladministrationPredicate.bands[1].code", Kind.DUPLICATE));

        Methodology methodology = loader.load(VALID + predicate
                .replace("[STANDAR, TIDAK_ADA]", "[STANDAR]")
                .replace("code: TANPA, label: { id: Potensi", "code: TINGGI, label: { id: Potensi")
                .replace("lowerBound: 10", "lowerBound: 0"));
        assertThat(methodology.maladministrationPredicate().bandFor(new BigDecimal("42")).code())
                .isEqualTo("TINGGI");
    }

    @Test
    void reportsUnknownEnumValuesInListsAndMapKeysWithTheAllowedValues() {
        String yaml = VALID
                .replace("entityTypes: [PEMKAB, PEMKOT]", "entityTypes: [PEMKAB, KABUPATEN]")
                .replace("OFFICIAL_INTERVIEW: { count: 4, per: UNIT }", "OFFICIALS: { count: 4, per: UNIT }")
                .replace("mode: HALF_UP", "mode: UNNECESSARY");

        List<MethodologyError> errors = rejection(yaml).errors();

        assertThat(errors).extracting(MethodologyError::path, MethodologyError::kind).containsExactly(
                tuple("dimensions[0].variables[0].indicators[0].applicability.entityTypes[1]", Kind.UNKNOWN_VALUE),
                tuple("aggregation.rounding.mode", Kind.UNKNOWN_VALUE),
                tuple("aggregation.targets.OFFICIALS", Kind.UNKNOWN_VALUE));
        assertThat(errors.get(0).message().en()).contains("KEMENTERIAN, LEMBAGA, PEMPROV, PEMKAB, PEMKOT");
        assertThat(errors.get(1).message().en()).contains("HALF_UP").doesNotContain("UNNECESSARY,");
    }

    @Test
    void loadsFromAStreamAndRejectsBytesThatAreNotUtf8() {
        byte[] utf8 = VALID.getBytes(StandardCharsets.UTF_8);
        assertThat(loader.load(new ByteArrayInputStream(utf8)).id()).isEqualTo("uji-coba");

        byte[] latin1 = VALID.replace("Metodologi uji", "Metodologí uji").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> loader.load(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(InvalidMethodologyException.class, rejection -> assertThat(rejection.errors())
                        .extracting(MethodologyError::kind).containsExactly(Kind.SYNTAX));
    }

    @Test
    void rejectsAYearRangeThatEndsBeforeItStarts() {
        assertThat(rejection(VALID.replace("lastYear: 2024", "lastYear: 2021")).errors())
                .extracting(MethodologyError::path, MethodologyError::kind)
                .containsExactly(tuple("years.lastYear", Kind.INVALID_VALUE));
    }

    private InvalidMethodologyException rejection(String yaml) {
        InvalidMethodologyException rejection = catchThrowableOfType(InvalidMethodologyException.class,
                () -> loader.load(yaml));
        assertThat(rejection).as("expected the file to be rejected").isNotNull();
        return rejection;
    }

    /** Inserts a line after the first line containing {@code fragment}, at that line's indentation. */
    private static String insertAfter(String yaml, String fragment, String line) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int at = lineOf(yaml, fragment) - 1;
        String indentation = lines.get(at).substring(0, lines.get(at).indexOf(lines.get(at).strip()));
        lines.add(at + 1, indentation + line);
        return String.join("\n", lines) + "\n";
    }

    /** Replaces {@code old} in the first line containing it after the line containing {@code anchor}. */
    private static String editAfter(String yaml, String anchor, String old, String replacement) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        for (int i = lineOf(yaml, anchor); i < lines.size(); i++) {
            if (lines.get(i).contains(old)) {
                lines.set(i, lines.get(i).replace(old, replacement));
                return String.join("\n", lines) + "\n";
            }
        }
        throw new IllegalArgumentException("no " + old + " after " + anchor);
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains " + fragment);
    }
}
