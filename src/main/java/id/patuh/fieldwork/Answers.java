package id.patuh.fieldwork;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    // Looked up on use: the gate (review) itself reads results, which read answers.
    private final ObjectProvider<CaptureGate> gate;

    Answers(JdbcClient jdbc, Cycles cycles, Methodologies methodologies, ApplicationEventPublisher events,
            ObjectProvider<CaptureGate> gate) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.methodologies = methodologies;
        this.events = events;
        this.gate = gate;
    }

    /**
     * Saves one answer (autosave). The form's {@code expectedVersion} must match what is stored — otherwise someone
     * saved first and a {@link StaleAnswerException} returns their answer, changing nothing.
     */
    @Transactional
    public SavedAnswer save(int year, String entityCode, String unitCode, AnswerChange change, String savedBy,
                            boolean headquarters) {
        return write(year, entityCode, unitCode, change, savedBy,
                () -> gate.getObject().requireEditable(year, entityCode, unitCode, headquarters), null);
    }

    /**
     * Changes one answer because the office accepted the entity's clarification {@code clarificationId}: the same
     * checks, version and audit record as a save, but open until determination whatever the unit's status (the
     * clarification phase comes after verification). The audit trail records the clarification with the change.
     */
    @Transactional
    public SavedAnswer correctOnClarification(int year, String entityCode, String unitCode, AnswerChange change,
                                              String decidedBy, long clarificationId) {
        return write(year, entityCode, unitCode, change, decidedBy,
                () -> gate.getObject().requireClarifiable(year, entityCode, unitCode), clarificationId);
    }

    private SavedAnswer write(int year, String entityCode, String unitCode, AnswerChange change, String savedBy,
                              Runnable requireOpen, Long clarificationId) {
        Cycle cycle = cycles.requireUndetermined(year);
        Methodology methodology = methodologies.require(cycle.methodologyId());
        Indicator indicator = methodology.indicator(change.indicator() == null ? "" : change.indicator())
                .orElseThrow(() -> DomainException.invalidField("indicator", "fieldwork.answer.unknownIndicator",
                        change.indicator(), methodology.id()));
        if (change.level() != null && (change.level() < 0 || change.level() > indicator.scale().maxLevel())) {
            throw DomainException.invalidField("level", "fieldwork.answer.levelOutOfScale", change.level(),
                    indicator.code(), indicator.scale().maxLevel());
        }
        if (change.respondent() < 1 || change.respondent() > 1000) {
            throw DomainException.invalidField("respondent", "fieldwork.answer.respondentOutOfRange", change.respondent());
        }
        requireSlot(year, entityCode, unitCode, methodology, indicator, change);
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        if (note != null && note.length() > 2000) {
            throw DomainException.invalidField("note", "fieldwork.answer.noteTooLong", 2000);
        }
        cycles.joinLocus(year, entityCode, unitCode);
        // One writer per unit at a time: a save and a status change (submit, verify) on the same unit are serialised,
        // so no answer lands after the unit was submitted.
        jdbc.sql("select 1 from cycle_units where year = ? and entity_code = ? and unit_code = ? for update")
                .params(year, entityCode, unitCode).query(Integer.class).single();
        requireOpen.run();
        String product = change.product() == null ? "" : change.product().trim();
        SavedAnswer current = jdbc.sql(SELECT_ONE)
                .params(year, entityCode, unitCode, product, indicator.code(), change.respondent())
                .query(Answers::saved).optional().orElse(null);
        int expected = change.expectedVersion() == null ? 0 : change.expectedVersion();
        // The version check is in the write itself (insert only if absent; update only at the expected version), so two
        // saves of the same answer can never both succeed, even when it does not exist yet.
        Optional<SavedAnswer> written = expected == 0
                ? jdbc.sql("""
                        insert into answers (year, entity_code, unit_code, product_code, indicator_code, respondent,
                                             level, note, version, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                        on conflict (year, entity_code, unit_code, product_code, indicator_code, respondent) do nothing
                        returning indicator_code, product_code, respondent, level, note, version, recorded_by, recorded_at""")
                .params(year, entityCode, unitCode, product, indicator.code(), change.respondent(), change.level(),
                        note, savedBy)
                .query(Answers::saved).optional()
                : jdbc.sql("""
                        update answers set level = ?, note = case when ? then ? else note end, version = version + 1,
                                           recorded_by = ?, recorded_at = now()
                        where year = ? and entity_code = ? and unit_code = ? and product_code = ? and indicator_code = ?
                          and respondent = ? and version = ?
                        returning indicator_code, product_code, respondent, level, note, version, recorded_by, recorded_at""")
                .params(change.level(), change.note() != null, note, savedBy, year, entityCode, unitCode, product,
                        indicator.code(), change.respondent(), expected)
                .query(Answers::saved).optional();
        if (written.isEmpty()) {
            throw new StaleAnswerException(jdbc.sql(SELECT_ONE)
                    .params(year, entityCode, unitCode, product, indicator.code(), change.respondent())
                    .query(Answers::saved).optional().orElse(current));
        }
        SavedAnswer saved = written.get();
        events.publishEvent(new AnswerSaved(year, entityCode, unitCode, indicator.code(), saved.product(),
                change.respondent(), current == null ? null : current.level(), current == null ? null : current.note(),
                saved.level(), saved.note(), savedBy, clarificationId));
        return saved;
    }

    /**
     * An answer must fit the instrument: a product only for an observation indicator, and then one of the products
     * observed in this unit; no more respondents than the methodology's target for a per-unit source (four officials,
     * two complaint officers, one document check); service users up to 1,000.
     */
    private void requireSlot(int year, String entityCode, String unitCode, Methodology methodology, Indicator indicator,
                             AnswerChange change) {
        String product = change.product() == null || change.product().isBlank() ? null : change.product().trim();
        if (indicator.source() == id.patuh.methodology.DataSource.OBSERVATION && product != null) {
            if (!cycles.observedProductCodes(year, entityCode, unitCode).contains(product)) {
                throw DomainException.invalidField("product", "fieldwork.answer.unknownProduct", product, unitCode);
            }
            if (change.respondent() != 1) {
                throw DomainException.invalidField("respondent", "fieldwork.answer.respondentOutOfRange", change.respondent());
            }
            return;
        }
        if (product != null) {
            throw DomainException.invalidField("product", "fieldwork.answer.productNotObserved", indicator.code());
        }
        var target = methodology.aggregation().targets().get(indicator.source());
        if (target != null && target.per() == id.patuh.methodology.AggregationRules.TargetScope.UNIT
                && indicator.source() != id.patuh.methodology.DataSource.OBSERVATION && change.respondent() > target.count()) {
            throw DomainException.invalidField("respondent", "fieldwork.answer.beyondTarget", change.respondent(),
                    indicator.code(), target.count());
        }
    }

    /** A unit's stored answers, for the capture form. */
    public List<SavedAnswer> ofUnit(int year, String entityCode, String unitCode) {
        return jdbc.sql("""
                        select indicator_code, product_code, respondent, level, note, version, recorded_by, recorded_at
                        from answers where year = ? and entity_code = ? and unit_code = ?
                        order by indicator_code, product_code, respondent""")
                .params(year, entityCode, unitCode).query(Answers::saved).list();
    }

    private static final String SELECT_ONE = """
            select indicator_code, product_code, respondent, level, note, version, recorded_by, recorded_at
            from answers where year = ? and entity_code = ? and unit_code = ? and product_code = ?
              and indicator_code = ? and respondent = ?""";

    private static SavedAnswer saved(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String product = rs.getString("product_code");
        return new SavedAnswer(rs.getString("indicator_code"), product.isEmpty() ? null : product,
                rs.getInt("respondent"), (Integer) rs.getObject("level"), rs.getString("note"), rs.getInt("version"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", java.time.OffsetDateTime.class));
    }

    @Transactional
    public UnitAnswersReplaced replace(int year, String entityCode, String unitCode, List<Answer> answers,
                                      String recordedBy) {
        Cycle cycle = cycles.requireUndetermined(year);
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
        gate.getObject().requireCorrectable(year, entityCode, unitCode);
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
        return of(year, null, perProduct);
    }

    /**
     * As {@link #of(int, boolean)}, for one entity only (null: every entity). Two statements rather than one with
     * "? is null or …": PostgreSQL's generic plan for the latter made the national pass markedly slower.
     */
    public Map<String, Map<String, RecordedAnswers>> of(int year, String entityCode, boolean perProduct) {
        Map<String, Map<String, RecordedAnswers>> result = new LinkedHashMap<>();
        if (perProduct) {
            jdbc.sql("""
                            select entity_code, unit_code, product_code, indicator_code, array_agg(level)
                            from answers where year = ? and level is not null and product_code <> ''""" + (entityCode == null ? " " : " and entity_code = ? ") + """
                            group by entity_code, unit_code, product_code, indicator_code""")
                    .params(entityCode == null ? new Object[]{year} : new Object[]{year, entityCode})
                    .query(rs -> {
                        unit(result, rs.getString(1), rs.getString(2)).byProduct()
                                .computeIfAbsent(rs.getString(3), k -> new LinkedHashMap<>())
                                .put(rs.getString(4), Arrays.asList((Integer[]) rs.getArray(5).getArray()));
                    });
            return result;
        }
        jdbc.sql("""
                        select entity_code, unit_code, indicator_code, count(*), sum(level), min(level), max(level)
                        from answers where year = ? and level is not null""" + (entityCode == null ? " " : " and entity_code = ? ") + """
                        group by entity_code, unit_code, indicator_code""")
                .params(entityCode == null ? new Object[]{year} : new Object[]{year, entityCode})
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
