package id.patuh.methodology;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One question of the instrument. {@code weight} is the indicator's percentage share of its dimension (the weights
 * of a dimension's indicators sum to 100); {@code recommendation} is shown in the rapor when the answer is below the
 * scale's maximum.
 */
public record Indicator(
        String code,
        LocalizedText text,
        DataSource source,
        AnswerScale scale,
        BigDecimal weight,
        LocalizedText recommendation,
        Applicability applicability,
        Origin origin) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(origin, "origin");
    }
}
