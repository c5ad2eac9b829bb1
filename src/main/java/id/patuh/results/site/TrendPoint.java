package id.patuh.results.site;

import java.math.BigDecimal;

/** An entity's published result in one year, for its trend across every year on record. */
record TrendPoint(int year, int version, BigDecimal score, String category, String zone, Integer nationalRank,
                  Integer provinceRank) {
}
