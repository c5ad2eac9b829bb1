package id.patuh.methodology;

import java.util.Objects;

/**
 * One reason a methodology file was rejected. {@code path} locates the offending value in the document (e.g.
 * {@code dimensions[1].variables[0].indicators[3].weight}; empty for the document as a whole); {@code line} and
 * {@code column} (1-based) point into the YAML text at the key that holds that value (or the start of the list
 * item), or at its nearest present parent when the value is missing. {@code message} is a complete sentence in Bahasa Indonesia and English.
 */
public record MethodologyError(String path, Kind kind, LocalizedText message, int line, int column) {

    public MethodologyError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** What went wrong, for callers that react to a kind of error rather than display it. */
    public enum Kind {
        /** The text is not well-formed YAML, is empty, or is not valid UTF-8. */
        SYNTAX,
        MISSING_FIELD,
        UNKNOWN_FIELD,
        /** A value has the wrong YAML type (text where a number is expected, a list where a mapping is...). */
        WRONG_TYPE,
        /** A value outside an enumeration; the message lists the allowed values. */
        UNKNOWN_VALUE,
        /** A value of the right type that breaks a rule of its own (range, pattern, blank text, empty list). */
        INVALID_VALUE,
        /** A code, category or bound used twice. */
        DUPLICATE,
        /** A reference to a scale or variable the file does not define. */
        UNKNOWN_REFERENCE,
        /** Dimension weights, or a dimension's indicator weights, do not sum to exactly 100. */
        WEIGHT_SUM,
        /** Bands leave part of 0..100 without a band. */
        BAND_COVERAGE,
        /** An answer scale has fewer than two levels or levels not numbered 0..n. */
        SCALE
    }

    /** The error as one English line, e.g. for logs: {@code path (line 4, column 7): message}. */
    public String describe() {
        String where = path.isEmpty() ? "(document)" : path;
        return where + " (line " + line + ", column " + column + "): " + message.en();
    }
}
