package id.patuh.fieldwork;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers recorded for a unit. A unit's answers are written as a whole, checked against the cycle's methodology
 * (known indicator, level within its scale, one answer per respondent and product) and stored all-or-nothing.
 */
@Service
public class Answers {

    private final JdbcClient jdbc;
    private final Cycles cycles;
    private final Methodologies methodologies;
    private final ApplicationEventPublisher events;

    Answers(JdbcClient jdbc, Cycles cycles, Methodologies methodologies, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.events = events;
    }

    @Transactional
    public UnitAnswersReplaced replace(int year, String entityCode, String unitCode, List<Answer> answers,
                                      String recordedBy) {
        Cycle cycle = cycles.require(year);
        if (cycle.determined()) {
            throw DomainException.conflict("results.cycleDetermined", year);
        }
        Methodology methodology = methodologies.require(cycle.methodologyId());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String at = "answers[" + i + "]";
            Indicator indicator = methodology.indicator(answer.indicator() == null ? "" : answer.indicator())
                    .orElseThrow(() -> DomainException.invalidField(at + ".indicator", "fieldwork.answer.unknownIndicator",
                            answer.indicator(), methodology.id()));
            int max = indicator.scale().maxLevel();
            if (answer.level() < 0 || answer.level() > max) {
                throw DomainException.invalidField(at + ".level", "fieldwork.answer.levelOutOfScale", answer.level(),
                        indicator.code(), max);
            }
            if (answer.respondent() < 1 || answer.respondent() > 1000) {
                throw DomainException.invalidField(at + ".respondent", "fieldwork.answer.respondentOutOfRange", answer.respondent());
            }
            String key = indicator.code() + "|" + product(answer) + "|" + answer.respondent();
            if (!seen.add(key)) {
                throw DomainException.invalidField(at, "fieldwork.answer.duplicate", indicator.code(), answer.respondent());
            }
        }
        cycles.joinLocus(year, entityCode, unitCode);
        int previous = jdbc.sql("delete from answers where year = ? and entity_code = ? and unit_code = ?")
                .params(year, entityCode, unitCode).update();
        for (Answer answer : answers) {
            jdbc.sql("""
                            insert into answers (year, entity_code, unit_code, product_code, indicator_code, respondent, level, recorded_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(year, entityCode, unitCode, product(answer), answer.indicator(), answer.respondent(),
                            answer.level(), recordedBy)
                    .update();
        }
        UnitAnswersReplaced replaced = new UnitAnswersReplaced(year, entityCode, unitCode, answers.size(), previous, recordedBy);
        events.publishEvent(replaced);
        return replaced;
    }

    /**
     * Every unit's recorded levels in a cycle, by entity and unit code, in one aggregate pass: PostgreSQL groups the
     * levels (ordered by respondent) so only one row per unit, product and indicator crosses the wire.
     */
    public Map<String, Map<String, RecordedAnswers>> of(int year) {
        Map<String, Map<String, RecordedAnswers>> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select entity_code, unit_code, product_code, indicator_code,
                               array_agg(level order by respondent) as levels
                        from answers where year = ?
                        group by entity_code, unit_code, product_code, indicator_code""")
                .param(year)
                .query(rs -> {
                    RecordedAnswers unit = result.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new RecordedAnswers(new LinkedHashMap<>(), new LinkedHashMap<>()));
                    List<Integer> levels = levels(rs.getArray(5));
                    String product = rs.getString(3);
                    unit.byIndicator().computeIfAbsent(rs.getString(4), k -> new ArrayList<>()).addAll(levels);
                    if (!product.isEmpty()) {
                        unit.byProduct().computeIfAbsent(product, k -> new LinkedHashMap<>())
                                .computeIfAbsent(rs.getString(4), k -> new ArrayList<>()).addAll(levels);
                    }
                });
        return result;
    }

    private static List<Integer> levels(Array array) throws java.sql.SQLException {
        return Arrays.asList((Integer[]) array.getArray());
    }

    private static String product(Answer answer) {
        return answer.product() == null ? "" : answer.product().trim();
    }
}
