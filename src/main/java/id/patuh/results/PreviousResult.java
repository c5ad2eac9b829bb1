package id.patuh.results;

import java.math.BigDecimal;

/** An entity's result in the previous cycle, for year-over-year comparison; ranks are null when it was not ranked. */
public record PreviousResult(int year, BigDecimal score, String category, String zone, Integer nationalRank,
                             Integer provinceRank) {
}
