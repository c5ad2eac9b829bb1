package id.patuh.exchange.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which exported text is neutralised: exactly what a spreadsheet would start a formula with. */
class TableWriterTests {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+62 812 000|'+62 812 000",
            "-2+3|'-2+3",
            "@Pelayanan|'@Pelayanan",
            "Kabupaten Pandeglang|Kabupaten Pandeglang",
            "a=b|a=b",
            "95,25|95,25",
            "'=already|'=already"})
    void textAFormulaWouldStartWithGetsALeadingApostropheAndNothingElseChanges(String text, String written) {
        assertThat(TableWriter.neutralised(text)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tcmd", "\rcmd"})
    void aLeadingTabOrCarriageReturnIsNeutralisedToo(String text) {
        assertThat(TableWriter.neutralised(text)).isEqualTo("'" + text);
    }
}
