package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Methodology fixtures. The 2022 dimension weights are the published ones; the official indicator list is not
 * public, so the indicators here are modelled on the known ones with made-up shares (only 12.22 is from a leaked
 * sheet), and one is marked inapplicable to Puskesmas to exercise re-normalisation.
 */
final class Methodologies {

    static final String PUSKESMAS = "PUSKESMAS";

    private Methodologies() {
    }

    /** Input, Proses, Output, Pengaduan with the 2022 weights and the A–E bands. */
    static ScoringModel compliance2022() {
        return new ScoringModel("PKP-2022", List.of(
                new DimensionRule("INPUT", new BigDecimal("21.85"), List.of(
                        indicator("IN-K01", "12.22"),   // knowledge of the 14 standard components
                        indicator("IN-K02", "12.00"),   // duties and authority
                        indicator("IN-K03", "10.00"),   // the Ombudsman
                        indicator("IN-K04", "12.00"),   // forms of maladministration
                        new IndicatorRule("IN-K05", new BigDecimal("10.00"), 3, RespondentAggregation.MEAN,
                                Set.of("DUKCAPIL", "DPMPTSP", "DINSOS", "DINDIK", "DINKES", "RSUD", "BIRO",
                                        "DIREKTORAT")), // last year's suggestions: not asked of Puskesmas here
                        indicator("IN-K06", "10.00"),   // services for vulnerable groups
                        indicator("IN-S01", "8.00"),    // internal supervision
                        indicator("IN-S02", "7.00"),    // staff against workload analysis
                        indicator("IN-S03", "6.00"),    // compensation decree
                        indicator("IN-S04", "5.00"),    // security and safety
                        indicator("IN-S05", "4.78"),    // facilities for vulnerable groups
                        indicator("IN-S06", "3.00"))),  // staff-performance evaluation
                new DimensionRule("PROSES", new BigDecimal("32.37"), List.of(
                        indicator("SP-01", "10"), indicator("SP-02", "10"), indicator("SP-03", "10"),
                        indicator("SP-04", "10"), indicator("SP-05", "10"), indicator("SP-06", "8"),
                        indicator("SP-07", "8"), indicator("SP-08", "8"), indicator("SP-09", "10"),
                        indicator("SP-10", "8"), indicator("SP-11", "8"))),
                new DimensionRule("OUTPUT", new BigDecimal("24.24"), List.of(
                        indicator("OU-01", "20"), indicator("OU-02", "20"), indicator("OU-03", "20"),
                        indicator("OU-04", "20"), indicator("OU-05", "20"))),
                new DimensionRule("PENGADUAN", new BigDecimal("21.54"), List.of(
                        indicator("PG-01", "25"), indicator("PG-02", "25"), indicator("PG-03", "20"),
                        indicator("PG-04", "15"), indicator("PG-05", "15")))),
                PublishedBands.compliance2022());
    }

    /** The legacy survey: one checklist of standard components per product, zones only, mean over products. */
    static ScoringModel survey2018() {
        List<IndicatorRule> components = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            components.add(new IndicatorRule(String.format("KOMP-%02d", i), BigDecimal.TEN, 1));
        }
        return new ScoringModel("SKSPP-2018",
                List.of(new DimensionRule("STANDAR", BigDecimal.valueOf(100), components)),
                PublishedBands.zones2013(), 2, EntityAggregation.MEAN_OF_PRODUCTS);
    }

    /** One dimension, one indicator on a 0..3 scale: a unit scores 100 × mean level / 3. */
    static ScoringModel singleIndicator() {
        return new ScoringModel("ONE",
                List.of(new DimensionRule("ALL", BigDecimal.valueOf(100),
                        List.of(new IndicatorRule("Q", BigDecimal.valueOf(100), 3)))),
                PublishedBands.compliance2022());
    }

    static IndicatorRule indicator(String code, String share) {
        return new IndicatorRule(code, new BigDecimal(share), 3);
    }
}
