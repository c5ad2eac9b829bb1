package id.patuh.exchange.imports;

import id.patuh.cycle.Cycles;
import id.patuh.fieldwork.Answer;
import id.patuh.fieldwork.Answers;
import id.patuh.methodology.AggregationRules;
import id.patuh.methodology.DataSource;
import id.patuh.methodology.Indicator;
import id.patuh.registry.EntitySummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers per unit, respondent and indicator (and observed product for observation indicators). Each unit named in the
 * file gets exactly the file's answers, through fieldwork's replacement of a unit's answers — all units or none.
 */
final class AnswerImport extends KindImport {

    private final ImportContext context;
    private final Answers answers;
    private final Cycles cycles;
    private final Map<String, List<Answer>> byUnit = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, List<String>> observed = new HashMap<>();
    private int rows;

    AnswerImport(ImportContext context, Answers answers, Cycles cycles) {
        this.context = context;
        this.answers = answers;
        this.cycles = cycles;
    }

    static List<String> columns() {
        return List.of("entity_code", "unit_code", "indicator", "respondent", "level");
    }

    @Override
    List<String> required() {
        return columns();
    }

    @Override
    List<String> optional() {
        return List.of("product");
    }

    @Override
    void row(ImportRowCells row) {
        EntitySummary entity = context.entity(row);
        String unitCode = row.required("unit_code");
        String code = row.required("indicator");
        Integer respondent = row.whole("respondent", 1, 1000, true);
        String product = row.text("product");
        Indicator indicator = null;
        if (code != null) {
            indicator = context.methodology().indicator(code).or(() -> context.methodology()
                    .indicator(code.toUpperCase(java.util.Locale.ROOT))).orElse(null);
            if (indicator == null) {
                row.error("indicator", "exchange.import.row.unknownIndicator", code, context.methodology().id());
            }
        }
        Integer level = indicator == null ? row.whole("level", 0, 100, true)
                : row.whole("level", 0, indicator.scale().maxLevel(), true);
        if (entity != null && unitCode != null && context.unit(entity.code(), unitCode).isEmpty()) {
            row.error("unit_code", "exchange.import.row.unknownUnit", unitCode, entity.code());
            return;
        }
        if (row.failed()) {
            return;
        }
        if (indicator.source() == DataSource.OBSERVATION && product != null) {
            List<String> products = observed.computeIfAbsent(entity.code() + "|" + unitCode,
                    k -> cycles.observedProductCodes(context.year(), entity.code(), unitCode));
            if (!products.contains(product)) {
                row.error("product", "exchange.import.row.productNotObserved", product, unitCode);
                return;
            }
        } else if (product != null) {
            row.error("product", "exchange.import.row.productNotAsked", indicator.code());
            return;
        }
        var target = context.methodology().aggregation().targets().get(indicator.source());
        if (target != null && target.per() == AggregationRules.TargetScope.UNIT
                && indicator.source() != DataSource.OBSERVATION && respondent > target.count()) {
            row.error("respondent", "exchange.import.row.beyondTarget", respondent, indicator.code(), target.count());
            return;
        }
        String key = entity.code() + "|" + unitCode;
        if (!seen.add(key + "|" + indicator.code() + "|" + (product == null ? "" : product) + "|" + respondent)) {
            row.error("respondent", "exchange.import.row.duplicateAnswer", indicator.code(), respondent);
            return;
        }
        byUnit.computeIfAbsent(key, k -> new ArrayList<>()).add(new Answer(indicator.code(), product, respondent, level));
        rows++;
    }

    @Override
    int write() {
        String by = context.user().username();
        for (Map.Entry<String, List<Answer>> unit : byUnit.entrySet()) {
            String[] key = unit.getKey().split("\\|", 2);
            answers.replace(context.year(), key[0], key[1], unit.getValue(), by);
        }
        return rows;
    }
}
