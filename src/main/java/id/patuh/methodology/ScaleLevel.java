package id.patuh.methodology;

import java.util.Objects;

/** One answer level of a scale: its numeric value (0 is the worst answer) and what it means. */
public record ScaleLevel(int value, LocalizedText label) {

    public ScaleLevel {
        if (value < 0) {
            throw new IllegalArgumentException("level value must not be negative: " + value);
        }
        Objects.requireNonNull(label, "label");
    }
}
