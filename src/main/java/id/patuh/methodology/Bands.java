package id.patuh.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Lookup shared by grade bands and predicate bands, both kept sorted from the highest lower bound down. */
final class Bands {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Bands() {
    }

    static <B> B find(List<B> descending, Function<B, BigDecimal> lowerBound, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("value must be within 0..100: " + value.toPlainString());
        }
        for (B band : descending) {
            if (value.compareTo(lowerBound.apply(band)) >= 0) {
                return band;
            }
        }
        throw new IllegalStateException("no band starts at 0; a loaded methodology always has one");
    }
}
