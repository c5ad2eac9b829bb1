package id.patuh.results.internal;

import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusUnit;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.results.DirectScores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Demo cycles 2023 and 2024 for the demo units of Banten and Jawa Tengah, so the results pages have something to
 * show. The scores are synthetic (seeded per unit and year, so every start gives the same sheet) and recorded by the
 * user "demo": they are never Ombudsman results. Runs only with demo data, and only while no cycle exists.
 */
@Component
@Order(30)
class DemoResults implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoResults.class);
    private static final int[] YEARS = {2023, 2024};

    private final boolean enabled;
    private final JdbcClient jdbc;
    private final Cycles cycles;
    private final DirectScores scores;
    private final Methodologies methodologies;
    private final TransactionTemplate transaction;

    DemoResults(@Value("${patuh.demo-results:}") String demoResults, id.patuh.PatuhProperties properties, JdbcClient jdbc,
                Cycles cycles, DirectScores scores, Methodologies methodologies, TransactionTemplate transaction) {
        this.enabled = demoResults == null || demoResults.isBlank() ? properties.demoDataEnabled()
                : Boolean.parseBoolean(demoResults.trim());
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.scores = scores;
        this.methodologies = methodologies;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !cycles.all().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Methodology methodology = methodologies.require("ombudsman-2022");
            var units = jdbc.sql("select entity_code, code from service_units where demo order by entity_code, code")
                    .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
            for (int year : YEARS) {
                cycles.open(year, methodology.id());
                for (String[] unit : units) {
                    Map<String, BigDecimal> points = points(methodology, unit[0] + "/" + unit[1], year);
                    BigDecimal score = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    scores.record(year, unit[0], unit[1], score, points, "demo");
                }
            }
            log.info("Demo data: synthetic results for {} demo units in cycles 2023 and 2024 (not Ombudsman results)",
                    units.size());
        });
    }

    /** Each dimension earns a share of its weight drawn around an entity-level quality, a little better in 2024. */
    private static Map<String, BigDecimal> points(Methodology methodology, String unitKey, int year) {
        String entity = unitKey.substring(0, unitKey.indexOf('/'));
        double quality = 0.55 + 0.42 * new SplittableRandom(entity.hashCode()).nextDouble();
        SplittableRandom random = new SplittableRandom(unitKey.hashCode() * 31L + year);
        double improvement = year == 2024 ? 0.03 : 0.0;
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (Dimension dimension : methodology.dimensions()) {
            double share = Math.max(0.1, Math.min(1.0, quality + improvement + (random.nextDouble() - 0.5) * 0.2));
            points.put(dimension.code(), dimension.weight().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP));
        }
        return points;
    }
}
