package id.patuh.exchange.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as offices type them: Indonesian {@code 95,25} (decimal comma, optionally {@code 1.234,5}) as well as
 * {@code 95.25}. A dot alone is a decimal point — scores and points never reach a thousand, so {@code 95.250} cannot
 * mean ninety-five thousand.
 */
final class ImportNumbers {

    private static final Pattern INDONESIAN = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})*(,\\d+)?|[+-]?\\d+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private ImportNumbers() {
    }

    /** The number, or null when the text is not one. */
    static BigDecimal decimal(String text) {
        String value = text.strip().replace("\u00a0", "").replace(" ", "");
        if (PLAIN.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        if (value.contains(",") && INDONESIAN.matcher(value).matches()) {
            return new BigDecimal(value.replace(".", "").replace(',', '.'));
        }
        return null;
    }

    /** A whole number, or null when the text is not one ({@code 3,0} and {@code 3.0} are 3). */
    static Integer whole(String text) {
        BigDecimal value = decimal(text);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
