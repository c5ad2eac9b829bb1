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
     * Every unit's recorded answers in a cycle, by entity and unit code, in one aggregate pass. For methodologies that
     * score units PostgreSQL tallies each unit's indicators (respondents, sum, lowest, highest) — all a mean or a
     * minimum needs — so only one row per unit and indicator crosses the wire; the legacy method needs each product's
     * levels.
     */
    public Map<String, Map<String, RecordedAnswers>> of(int year, boolean perProduct) {
        Map<String, Map<String, RecordedAnswers>> result = new LinkedHashMap<>();
        if (perProduct) {
            jdbc.sql("""
                            select entity_code, unit_code, product_code, indicator_code, array_agg(level)
                            from answers where year = ? and product_code <> ''
                            group by entity_code, unit_code, product_code, indicator_code""")
                    .param(year)
                    .query(rs -> {
                        unit(result, rs.getString(1), rs.getString(2)).byProduct()
                                .computeIfAbsent(rs.getString(3), k -> new LinkedHashMap<>())
                                .put(rs.getString(4), Arrays.asList((Integer[]) rs.getArray(5).getArray()));
                    });
            return result;
        }
        jdbc.sql("""
                        select entity_code, unit_code, indicator_code, count(*), sum(level), min(level), max(level)
                        from answers where year = ?
                        group by entity_code, unit_code, indicator_code""")
                .param(year)
                .query(rs -> {
                    unit(result, rs.getString(1), rs.getString(2)).byIndicator().put(rs.getString(3),
                            new RecordedAnswers.Tally(rs.getInt(4), rs.getLong(5), rs.getInt(6), rs.getInt(7)));
                });
        return result;
    }

    private static RecordedAnswers unit(Map<String, Map<String, RecordedAnswers>> answers, String entity, String unit) {
        return answers.computeIfAbsent(entity, k -> new LinkedHashMap<>())
                .computeIfAbsent(unit, k -> new RecordedAnswers(new LinkedHashMap<>(), new LinkedHashMap<>()));
    }

    private static String product(Answer answer) {
        return answer.product() == null ? "" : answer.product().trim();
    }
}
