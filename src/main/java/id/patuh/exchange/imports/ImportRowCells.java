package id.patuh.exchange.imports;

import java.math.BigDecimal;
import java.util.Map;

/** One data row's cells by column name, with checks that report to the import's errors at this row and column. */
public final class ImportRowCells {

    private final ImportSheet.SheetRow row;
    private final Map<String, Integer> columns;
    private final ImportErrors errors;
    private boolean failed;

    ImportRowCells(ImportSheet.SheetRow row, Map<String, Integer> columns, ImportErrors errors) {
        this.row = row;
        this.columns = columns;
        this.errors = errors;
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            int i = column.getValue();
            if (i < row.problems().length && row.problems()[i] != null) {
                error(column.getKey(), row.problems()[i]);
            }
        }
    }

    public int number() {
        return row.number();
    }

    /** Whether any check on this row has failed so far. */
    public boolean failed() {
        return failed;
    }

    public void error(String column, String key, Object... arguments) {
        failed = true;
        errors.add(row.number(), column, key, arguments);
    }

    /** The trimmed text, or null when blank (or the cell had a problem already reported). */
    public String text(String column) {
        Integer i = columns.get(column);
        if (i == null || i >= row.cells().length || row.problems()[i] != null) {
            return null;
        }
        String value = row.cells()[i].strip();
        return value.isEmpty() ? null : value;
    }

    private boolean hasProblem(String column) {
        Integer i = columns.get(column);
        return i != null && i < row.problems().length && row.problems()[i] != null;
    }

    /** The text, or an error "required" and null. */
    public String required(String column) {
        String value = text(column);
        if (value == null && !hasProblem(column)) {
            error(column, "exchange.import.row.required");
        }
        return value;
    }

    /** A number with at most two decimals between 0 and {@code maximum}, or an error and null; blank is null, no error. */
    public BigDecimal figure(String column, BigDecimal maximum) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        BigDecimal number = ImportNumbers.decimal(value);
        if (number == null) {
            error(column, "exchange.import.row.notANumber", value);
            return null;
        }
        if (number.signum() < 0 || number.compareTo(maximum) > 0) {
            error(column, "exchange.import.row.outOfRange", value, "0", maximum.stripTrailingZeros().toPlainString());
            return null;
        }
        if (number.stripTrailingZeros().scale() > 2) {
            error(column, "exchange.import.row.tooManyDecimals", value);
            return null;
        }
        return number.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A whole number within bounds, or an error and null; blank is an error "required" when {@code required}. */
    public Integer whole(String column, int lowest, int highest, boolean required) {
        String value = required ? required(column) : text(column);
        if (value == null) {
            return null;
        }
        Integer number = fastWhole(value);
        if (number == null) {
            number = ImportNumbers.whole(value);
        }
        if (number == null) {
            error(column, "exchange.import.row.notAWholeNumber", value);
            return null;
        }
        if (number < lowest || number > highest) {
            error(column, "exchange.import.row.outOfRange", value, lowest, highest);
            return null;
        }
        return number;
    }

    // Levels and respondent numbers are short runs of digits: skip the general parser for 500,000 of them.
    private static Integer fastWhole(String value) {
        int length = value.length();
        if (length == 0 || length > 6) {
            return null;
        }
        int result = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }
}
