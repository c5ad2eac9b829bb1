package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up assessment cycle under {@link Methodologies#compliance2022()}: 20 entities with 125 units in all, the
 * same from the same seed. Besides ordinary units it holds an entity answered exactly like another (a tie), an
 * entity with an unanswered indicator (incomplete, unranked), a unit known only by its published figures, and
 * Puskesmas, which are not asked indicator IN-K05.
 */
final class SyntheticCycle {

    static final String TWIN = "3604";
    static final String TWIN_OF = "3603";
    static final String INCOMPLETE = "1104";
    static final String WITH_DIRECT_UNIT = "5171";

    private static final List<String> REGENCY_UNITS =
            List.of("DUKCAPIL", "DPMPTSP", "DINSOS", "DINDIK", "DINKES", "PUSKESMAS", "PUSKESMAS");
    private static final List<String> CITY_UNITS =
            List.of("DUKCAPIL", "DPMPTSP", "DINSOS", "DINDIK", "DINKES", "PUSKESMAS");
    private static final List<String> PROVINCE_UNITS = List.of("DPMPTSP", "DINSOS", "DINDIK", "DINKES", "RSUD", "BIRO");

    private SyntheticCycle() {
    }

    static List<EntityAnswers> generate(long seed) {
        Random random = new Random(seed);
        ScoringModel model = Methodologies.compliance2022();
        List<EntityAnswers> cycle = new ArrayList<>();
        cycle.add(entity(random, model, "K-KESEHATAN", "KEMENTERIAN", null, repeat("DIREKTORAT", 5)));
        cycle.add(entity(random, model, "K-AGAMA", "KEMENTERIAN", null, repeat("DIREKTORAT", 5)));
        cycle.add(entity(random, model, "L-BPOM", "LEMBAGA", null, repeat("DIREKTORAT", 4)));
        for (String[] province : new String[][] {{"11", "ACEH"}, {"36", "BANTEN"}}) {
            String code = province[0];
            String name = province[1];
            cycle.add(entity(random, model, code, "PEMPROV", name, PROVINCE_UNITS));
            for (int regency = 1; regency <= 4; regency++) {
                String regencyCode = code + "0" + regency;
                if (regencyCode.equals(TWIN)) {
                    EntityAnswers original = cycle.get(cycle.size() - 1);
                    cycle.add(new EntityAnswers(TWIN, "PEMKAB", name, original.units()));
                } else {
                    cycle.add(entity(random, model, regencyCode, "PEMKAB", name, REGENCY_UNITS));
                }
            }
            cycle.add(entity(random, model, code + "71", "PEMKOT", name, CITY_UNITS));
            cycle.add(entity(random, model, code + "72", "PEMKOT", name, CITY_UNITS));
        }
        cycle.add(entity(random, model, "51", "PEMPROV", "BALI", PROVINCE_UNITS));
        cycle.add(entity(random, model, "5101", "PEMKAB", "BALI", REGENCY_UNITS));
        cycle.add(entity(random, model, WITH_DIRECT_UNIT, "PEMKOT", "BALI", CITY_UNITS));
        return cycle;
    }

    private static EntityAnswers entity(Random random, ScoringModel model, String code, String type, String province,
                                        List<String> unitKinds) {
        double quality = 0.35 + 0.65 * random.nextDouble();
        List<UnitInput> units = new ArrayList<>();
        for (int u = 0; u < unitKinds.size(); u++) {
            String kind = unitKinds.get(u);
            String key = kind.toLowerCase() + "-" + (u + 1);
            double unitQuality = Math.max(0, Math.min(1, quality + (random.nextDouble() - 0.5) * 0.3));
            Map<String, List<Integer>> levels = answers(random, model, kind, unitQuality);
            if (code.equals(INCOMPLETE) && kind.equals("DINSOS")) {
                levels.remove("PG-02");
            }
            if (code.equals(WITH_DIRECT_UNIT) && kind.equals("DINKES")) {
                Map<String, BigDecimal> published = new LinkedHashMap<>();
                published.put("INPUT", new BigDecimal("21.00"));
                published.put("PROSES", new BigDecimal("30.11"));
                published.put("OUTPUT", new BigDecimal("22.05"));
                published.put("PENGADUAN", new BigDecimal("18.40"));
                units.add(new DirectUnitScore(key, new BigDecimal("91.56"), published));
            } else {
                units.add(new UnitAnswers(key, kind, levels));
            }
        }
        return new EntityAnswers(code, type, province, units);
    }

    /** Each level is the number of three checks a unit of this quality passes, so levels cluster around it. */
    private static Map<String, List<Integer>> answers(Random random, ScoringModel model, String kind, double quality) {
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        int users = 8 + random.nextInt(9);
        for (DimensionRule dimension : model.dimensions()) {
            for (IndicatorRule indicator : dimension.indicators()) {
                if (!indicator.appliesTo(kind)) {
                    continue;
                }
                List<Integer> answers = new ArrayList<>();
                for (int r = 0; r < respondents(indicator.code(), users); r++) {
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

    /** Four officials, one observation, two products, the service users, two complaint officials. */
    private static int respondents(String indicatorCode, int users) {
        if (indicatorCode.startsWith("IN-K")) {
            return 4;
        }
        if (indicatorCode.startsWith("IN-S")) {
            return 1;
        }
        if (indicatorCode.startsWith("SP-") || indicatorCode.startsWith("PG-")) {
            return 2;
        }
        return users;
    }

    private static List<String> repeat(String kind, int count) {
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            kinds.add(kind);
        }
        return kinds;
    }
}
