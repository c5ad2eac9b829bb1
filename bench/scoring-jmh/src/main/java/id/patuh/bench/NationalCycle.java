package id.patuh.bench;

import id.patuh.scoring.DimensionRule;
import id.patuh.scoring.EntityAnswers;
import id.patuh.scoring.GradeBand;
import id.patuh.scoring.IndicatorRule;
import id.patuh.scoring.ScoringModel;
import id.patuh.scoring.UnitAnswers;
import id.patuh.scoring.UnitInput;
import id.patuh.scoring.Zone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A national-size synthetic cycle shaped like 2024: 587 entities (25 ministries, 14 agencies, 34 provinces,
 * 416 regencies, 98 cities), 4,031 units, 249,922 indicator answers and 64,496 service-user interviews.
 *
 * <p>Per unit: 4 competence indicators × 4 officials, 4 facility observations, 9 standard indicators × 2 products,
 * one perception indicator × 16 users and 4 complaint indicators × 2 complaint officials = 62 answers.
 */
final class NationalCycle {

    static final int MINISTRIES = 25;
    static final int AGENCIES = 14;
    static final int PROVINCES = 34;
    static final int REGENCIES = 416;
    static final int CITIES = 98;
    static final int USERS_PER_UNIT = 16;

    private NationalCycle() {
    }

    static ScoringModel model() {
        return new ScoringModel("BENCH-2024", List.of(
                dimension("INPUT", "21.85", List.of(
                        indicator("IN-K01", "12.22"), indicator("IN-K02", "20"), indicator("IN-K03", "20"),
                        indicator("IN-K04", "17.78"), indicator("IN-S01", "10"), indicator("IN-S02", "8"),
                        indicator("IN-S03", "7"), indicator("IN-S04", "5"))),
                dimension("PROSES", "32.37", List.of(
                        indicator("SP-01", "12"), indicator("SP-02", "12"), indicator("SP-03", "12"),
                        indicator("SP-04", "12"), indicator("SP-05", "12"), indicator("SP-06", "10"),
                        indicator("SP-07", "10"), indicator("SP-08", "10"), indicator("SP-09", "10"))),
                dimension("OUTPUT", "24.24", List.of(indicator("OU-01", "100"))),
                dimension("PENGADUAN", "21.54", List.of(
                        indicator("PG-01", "30"), indicator("PG-02", "30"), indicator("PG-03", "20"),
                        indicator("PG-04", "20")))),
                List.of(new GradeBand("A", "Kualitas Tertinggi", Zone.HIJAU, new BigDecimal("88.00")),
                        new GradeBand("B", "Kualitas Tinggi", Zone.HIJAU, new BigDecimal("78.00")),
                        new GradeBand("C", "Kualitas Sedang", Zone.KUNING, new BigDecimal("54.00")),
                        new GradeBand("D", "Kualitas Rendah", Zone.MERAH, new BigDecimal("32.00")),
                        new GradeBand("E", "Kualitas Terendah", Zone.MERAH, BigDecimal.ZERO)));
    }

    static List<EntityAnswers> generate(ScoringModel model, long seed) {
        Random random = new Random(seed);
        List<EntityAnswers> cycle = new ArrayList<>();
        for (int i = 1; i <= MINISTRIES; i++) {
            cycle.add(entity(random, model, "KEMENTERIAN-" + i, "KEMENTERIAN", null, 5));
        }
        for (int i = 1; i <= AGENCIES; i++) {
            cycle.add(entity(random, model, "LEMBAGA-" + i, "LEMBAGA", null, 5));
        }
        for (int p = 1; p <= PROVINCES; p++) {
            cycle.add(entity(random, model, "PROV-" + p, "PEMPROV", "PROV-" + p, 7));
        }
        for (int i = 0; i < REGENCIES; i++) {
            cycle.add(entity(random, model, "KAB-" + i, "PEMKAB", "PROV-" + (1 + i % PROVINCES), 7));
        }
        for (int i = 0; i < CITIES; i++) {
            cycle.add(entity(random, model, "KOTA-" + i, "PEMKOT", "PROV-" + (1 + i % PROVINCES), 7));
        }
        return cycle;
    }

    private static EntityAnswers entity(Random random, ScoringModel model, String code, String type, String province,
                                        int unitCount) {
        double quality = 0.3 + 0.7 * random.nextDouble();
        List<UnitInput> units = new ArrayList<>(unitCount);
        for (int u = 1; u <= unitCount; u++) {
            units.add(new UnitAnswers(code + "-U" + u, "DINAS", answers(random, model, quality)));
        }
        return new EntityAnswers(code, type, province, units);
    }

    private static Map<String, List<Integer>> answers(Random random, ScoringModel model, double quality) {
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        for (DimensionRule dimension : model.dimensions()) {
            for (IndicatorRule indicator : dimension.indicators()) {
                int respondents = respondents(indicator.code());
                List<Integer> answers = new ArrayList<>(respondents);
                for (int r = 0; r < respondents; r++) {
                    int level = 0;
                    for (int check = 0; check < indicator.maxLevel(); check++) {
                        level += random.nextDouble() < quality ? 1 : 0;
                    }
                    answers.add(level);
                }
                levels.put(indicator.code(), answers);
            }
        }
        return levels;
    }

    static int respondents(String indicatorCode) {
        if (indicatorCode.startsWith("IN-K")) {
            return 4;
        }
        if (indicatorCode.startsWith("IN-S")) {
            return 1;
        }
        if (indicatorCode.startsWith("OU-")) {
            return USERS_PER_UNIT;
        }
        return 2;
    }

    private static DimensionRule dimension(String code, String weight, List<IndicatorRule> indicators) {
        return new DimensionRule(code, new BigDecimal(weight), indicators);
    }

    private static IndicatorRule indicator(String code, String share) {
        return new IndicatorRule(code, new BigDecimal(share), 3);
    }
}
