package id.patuh.improvement;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.identity.PatuhUser;
import id.patuh.methodology.AggregationRules;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.methodology.MethodologyStatus;
import id.patuh.methodology.MethodologySummary;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.ServiceUnit;
import id.patuh.scoring.ScoredEntity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entity's self-assessment: rounds under a methodology version, one self-estimated level per unit and indicator
 * with evidence, and the predicted unit and entity results. It lives in its own tables only; nothing here is read
 * into, or writes, official answers, scores or snapshots.
 */
@Service
public class SelfAssessments {

    static final int NOTE_MAX = 2000;

    private final JdbcClient jdbc;
    private final Entities entities;
    private final Methodologies methodologies;
    private final Cycles cycles;
    private final Predictor predictor;
    private final EvidenceKeeper evidence;

    SelfAssessments(JdbcClient jdbc, Entities entities, Methodologies methodologies, Cycles cycles, Predictor predictor,
                    EvidenceKeeper evidence) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.methodologies = methodologies;
        this.cycles = cycles;
        this.predictor = predictor;
        this.evidence = evidence;
    }

    /**
     * The methodology a new round uses unless the coordinator names another: the newest cycle's (the instrument the
     * Ombudsman assesses with now or next), or with no cycle at all the newest version that is not retired — in both
     * cases one that scores units (not the 2013–2021 per-product survey).
     */
    public String currentMethodologyId() {
        for (Cycle cycle : cycles.all()) {
            if (scoresUnits(methodologies.require(cycle.methodologyId()))) {
                return cycle.methodologyId();
            }
        }
        return methodologies.all().stream()
                .filter(summary -> summary.status() != MethodologyStatus.RETIRED)
                .filter(summary -> scoresUnits(methodologies.require(summary.id())))
                .max(Comparator.comparing((MethodologySummary s) -> s.years().firstYear()).thenComparing(MethodologySummary::id))
                .map(MethodologySummary::id)
                .orElseThrow(() -> DomainException.notFound("improvement.round.noMethodology"));
    }

    /** The 2013–2021 survey scored products, not units: a unit's own estimate cannot be scored under it. */
    private static boolean scoresUnits(Methodology methodology) {
        return methodology.aggregation().unitToEntity() == AggregationRules.UnitAggregation.MEAN_OF_UNITS;
    }

    /** Opens the entity's next round (the coordinator); one round is open at a time. */
    @Transactional
    public SelfAssessmentRound open(PatuhUser by, String entityCode, String methodologyId) {
        Scope.requireCoordinator(by, entityCode);
        entities.requireSummary(entityCode);
        String id = methodologyId == null || methodologyId.isBlank() ? currentMethodologyId() : methodologyId.strip();
        methodologies.requireSummary(id);
        if (!scoresUnits(methodologies.require(id))) {
            throw DomainException.invalidField("methodologyId", "improvement.round.productMethodology", id);
        }
        if (openRound(entityCode).isPresent()) {
            throw DomainException.conflict("improvement.round.alreadyOpen", entityCode);
        }
        try {
            return jdbc.sql("insert into self_assessment_rounds (entity_code, methodology_id, started_by) values (?, ?, ?) returning *")
                    .params(entityCode, id, by.username()).query(SelfAssessments::round).single();
        } catch (DuplicateKeyException raced) {
            throw DomainException.conflict("improvement.round.alreadyOpen", entityCode);
        }
    }

    /** Closes an open round; its answers stay as they were, for the trend and for reconciliation. */
    @Transactional
    public SelfAssessmentRound close(PatuhUser by, String entityCode, long roundId) {
        Scope.requireCoordinator(by, entityCode);
        SelfAssessmentRound round = require(entityCode, roundId);
        if (!round.open()) {
            throw DomainException.conflict("improvement.round.closed", roundId);
        }
        return jdbc.sql("update self_assessment_rounds set closed_at = now(), closed_by = ? where id = ? returning *")
                .params(by.username(), roundId).query(SelfAssessments::round).single();
    }

    /** Shares a round with the Ombudsman (read-only for HQ and the covering office), or withdraws it. */
    @Transactional
    public SelfAssessmentRound share(PatuhUser by, String entityCode, long roundId, boolean shared) {
        Scope.requireCoordinator(by, entityCode);
        require(entityCode, roundId);
        return jdbc.sql("update self_assessment_rounds set shared = ? where id = ? returning *")
                .params(shared, roundId).query(SelfAssessments::round).single();
    }

    /** The rounds the reader may see, newest first: all for the entity's users, shared ones for the Ombudsman. */
    public List<SelfAssessmentRound> rounds(PatuhUser reader, String entityCode) {
        var entity = entities.requireSummary(entityCode);
        if (Scope.member(reader, entityCode)) {
            return jdbc.sql("select * from self_assessment_rounds where entity_code = ? order by started_at desc, id desc")
                    .param(entityCode).query(SelfAssessments::round).list();
        }
        if (Scope.ombudsmanCovers(reader, entity)) {
            return jdbc.sql("select * from self_assessment_rounds where entity_code = ? and shared order by started_at desc, id desc")
                    .param(entityCode).query(SelfAssessments::round).list();
        }
        throw DomainException.forbidden("improvement.scope.entity", entityCode);
    }

    /** Shared rounds of every entity the Ombudsman reader covers, newest first (the Ombudsman's entry point). */
    public List<SharedRound> sharedWith(PatuhUser reader) {
        if (Scope.entityUser(reader)) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.*, e.name as entity_name, e.province_code from self_assessment_rounds r
                        join entities e on e.code = r.entity_code where r.shared order by r.started_at desc, r.id desc""")
                .query((rs, n) -> new SharedRound(round(rs, n), rs.getString("entity_name"), rs.getString("province_code")))
                .list().stream()
                .filter(shared -> reader.coversEntity(shared.round().entityCode(), shared.provinceCode()))
                .toList();
    }

    /** A shared round with its entity's name, for the Ombudsman's list. */
    public record SharedRound(SelfAssessmentRound round, String entityName, String provinceCode) {
    }

    /** One round as the reader may see it; a round the Ombudsman was not given is unknown to them (404). */
    public SelfAssessmentRound round(PatuhUser reader, String entityCode, long roundId) {
        var entity = entities.requireSummary(entityCode);
        if (Scope.entityUser(reader) && !Scope.member(reader, entityCode)) {
            throw DomainException.forbidden("improvement.scope.entity", entityCode);
        }
        SelfAssessmentRound round = require(entityCode, roundId);
        if (Scope.member(reader, entityCode)) {
            return round;
        }
        if (round.shared() && Scope.ombudsmanCovers(reader, entity)) {
            return round;
        }
        throw DomainException.notFound("improvement.round.notFound", roundId);
    }

    public Optional<SelfAssessmentRound> openRound(String entityCode) {
        return jdbc.sql("select * from self_assessment_rounds where entity_code = ? and closed_at is null")
                .param(entityCode).query(SelfAssessments::round).optional();
    }

    /**
     * Saves (or, with a null level, clears) a unit's estimate of one indicator in the open round. The indicator must
     * belong to the round's methodology and apply to the unit; the level must lie on its scale.
     */
    @Transactional
    public Optional<SelfAssessedAnswer> save(PatuhUser by, String entityCode, long roundId, String unitCode,
                                             String indicatorCode, Integer level, String note) {
        Scope.requireUnit(by, entityCode, unitCode);
        SelfAssessmentRound round = require(entityCode, roundId);
        if (!round.open()) {
            throw DomainException.conflict("improvement.round.closed", roundId);
        }
        Entity entity = entities.require(entityCode);
        ServiceUnit unit = unit(entity, unitCode);
        Methodology methodology = methodologies.require(round.methodologyId());
        Indicator indicator = Predictor.applicable(methodology, entity.type(), unit).stream()
                .filter(i -> i.code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> DomainException.invalidField("indicator", "improvement.answer.unknownIndicator",
                        indicatorCode, methodology.id(), unitCode));
        if (level == null) {
            jdbc.sql("delete from self_assessment_answers where round_id = ? and unit_code = ? and indicator_code = ?")
                    .params(roundId, unitCode, indicator.code()).update();
            return Optional.empty();
        }
        if (level < 0 || level > indicator.scale().maxLevel()) {
            throw DomainException.invalidField("level", "improvement.answer.levelOutOfScale", level, indicator.code(),
                    indicator.scale().maxLevel());
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            throw DomainException.invalidField("note", "improvement.answer.noteTooLong", NOTE_MAX);
        }
        return Optional.of(jdbc.sql("""
                        insert into self_assessment_answers (round_id, unit_code, indicator_code, level, note, saved_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (round_id, unit_code, indicator_code)
                        do update set level = excluded.level, note = excluded.note, saved_by = excluded.saved_by, saved_at = now()
                        returning unit_code, indicator_code, level, note, saved_by, saved_at""")
                .params(roundId, unitCode, indicator.code(), level, cleanNote, by.username())
                .query(SelfAssessments::answer).single());
    }

    /** A unit's answers in a round, by indicator order of the table (code). */
    public List<SelfAssessedAnswer> answers(PatuhUser reader, String entityCode, long roundId, String unitCode) {
        round(reader, entityCode, roundId);
        requireSees(reader, unitCode);
        unit(entities.require(entityCode), unitCode);
        return answersOf(roundId, unitCode);
    }

    List<SelfAssessedAnswer> answersOf(long roundId, String unitCode) {
        return jdbc.sql("""
                        select unit_code, indicator_code, level, note, saved_by, saved_at from self_assessment_answers
                        where round_id = ? and unit_code = ? order by indicator_code""")
                .params(roundId, unitCode).query(SelfAssessments::answer).list();
    }

    /** The round's predicted entity result and each unit the reader sees (units with no answer yet are listed too). */
    public EntityPrediction prediction(PatuhUser reader, String entityCode, long roundId) {
        SelfAssessmentRound round = round(reader, entityCode, roundId);
        return predict(reader, round);
    }

    EntityPrediction predict(PatuhUser reader, SelfAssessmentRound round) {
        Entity entity = entities.require(round.entityCode());
        Methodology methodology = methodologies.require(round.methodologyId());
        String sha256 = methodologies.requireSummary(round.methodologyId()).sha256();
        Map<String, Map<String, Integer>> byUnit = levelsOf(round.id());
        Map<ServiceUnit, Map<String, Integer>> assessed = new LinkedHashMap<>();
        List<UnitPrediction> units = new ArrayList<>();
        for (ServiceUnit unit : entity.units()) {
            Map<String, Integer> answers = byUnit.get(unit.code());
            if (answers != null) {
                assessed.put(unit, answers);
            }
            if (Scope.seesUnit(reader, unit.code())) {
                units.add(predictor.unit(methodology, sha256, entity.type(), unit, answers == null ? Map.of() : answers));
            }
        }
        String province = entity.province() == null ? null : entity.province().code();
        // An operator sees its unit only, so the entity's mean (which other units' answers move) is not shown to it.
        boolean wholeEntity = reader == null || reader.role() != id.patuh.identity.Role.UNIT_OPERATOR;
        ScoredEntity scored = wholeEntity
                ? predictor.entity(methodology, sha256, entity.type(), entity.code(), province, assessed) : null;
        return new EntityPrediction(round, entity.name(), scored == null ? null : scored.roundedScore(),
                scored == null ? null : scored.grade().category(), scored == null ? null : scored.grade().opinion(),
                scored == null ? null : scored.grade().zone().name(), assessed.size(), entity.units().size(), units);
    }

    /** One unit's prediction in a round, with its gaps ordered by points at stake. */
    public UnitPrediction unitPrediction(PatuhUser reader, String entityCode, long roundId, String unitCode) {
        SelfAssessmentRound round = round(reader, entityCode, roundId);
        requireSees(reader, unitCode);
        Entity entity = entities.require(entityCode);
        ServiceUnit unit = unit(entity, unitCode);
        Methodology methodology = methodologies.require(round.methodologyId());
        Map<String, Integer> answers = levelsOf(roundId).getOrDefault(unitCode, Map.of());
        return predictor.unit(methodology, methodologies.requireSummary(round.methodologyId()).sha256(), entity.type(),
                unit, answers);
    }

    /** Attaches a photo or PDF to a unit's answers in the open round (optionally to one indicator). */
    @Transactional
    public EvidenceRef addEvidence(PatuhUser by, String entityCode, long roundId, String unitCode, String indicatorCode,
                                   String originalName, InputStream content) {
        Scope.requireUnit(by, entityCode, unitCode);
        SelfAssessmentRound round = require(entityCode, roundId);
        if (!round.open()) {
            throw DomainException.conflict("improvement.round.closed", roundId);
        }
        Entity entity = entities.require(entityCode);
        ServiceUnit unit = unit(entity, unitCode);
        String indicator = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
        if (indicator != null) {
            Methodology methodology = methodologies.require(round.methodologyId());
            boolean known = Predictor.applicable(methodology, entity.type(), unit).stream().anyMatch(i -> i.code().equals(indicator));
            if (!known) {
                throw DomainException.invalidField("indicator", "improvement.answer.unknownIndicator", indicator,
                        methodology.id(), unitCode);
            }
        }
        return evidence.keep(entityCode, unitCode, roundId, null, indicator, originalName, content, by.username());
    }

    public List<EvidenceRef> evidence(PatuhUser reader, String entityCode, long roundId, String unitCode) {
        round(reader, entityCode, roundId);
        requireSees(reader, unitCode);
        return evidence.ofRound(roundId, unitCode);
    }

    /**
     * One workspace evidence file of the entity, if the reader may see what it belongs to (a round as for
     * {@link #round}, an action as for the entity's own users; a unit operator only its unit's).
     */
    public EvidenceRef requireEvidence(PatuhUser reader, String entityCode, long id) {
        EvidenceKeeper.Owned owned = evidence.require(entityCode, id);
        if (owned.roundId() != null) {
            round(reader, entityCode, owned.roundId());
        } else {
            Scope.requireMember(reader, entityCode);
        }
        requireSees(reader, owned.ref().unitCode());
        return owned.ref();
    }

    /** The bytes of a file found with {@link #requireEvidence}; the caller closes the stream. */
    public InputStream content(EvidenceRef ref) {
        return evidence.content(ref);
    }

    /** The largest evidence file accepted, in bytes (the official limit). */
    public long evidenceMaxBytes() {
        return evidence.maxBytes();
    }

    SelfAssessmentRound require(String entityCode, long roundId) {
        return jdbc.sql("select * from self_assessment_rounds where id = ? and entity_code = ?")
                .params(roundId, entityCode).query(SelfAssessments::round).optional()
                .orElseThrow(() -> DomainException.notFound("improvement.round.notFound", roundId));
    }

    /** Every unit's levels in a round: unit code → indicator code → level. */
    Map<String, Map<String, Integer>> levelsOf(long roundId) {
        Map<String, Map<String, Integer>> byUnit = new HashMap<>();
        jdbc.sql("select unit_code, indicator_code, level from self_assessment_answers where round_id = ?")
                .param(roundId)
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return byUnit;
    }

    static ServiceUnit unit(Entity entity, String unitCode) {
        return entity.units().stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> DomainException.notFound("registry.unit.notFound", unitCode, entity.code()));
    }

    private static void requireSees(PatuhUser reader, String unitCode) {
        if (!Scope.seesUnit(reader, unitCode)) {
            throw DomainException.forbidden("improvement.scope.unit", unitCode);
        }
    }

    static SelfAssessmentRound round(ResultSet rs, int n) throws SQLException {
        return new SelfAssessmentRound(rs.getLong("id"), rs.getString("entity_code"), rs.getString("methodology_id"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getString("started_by"),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closed_by"), rs.getBoolean("shared"));
    }

    private static SelfAssessedAnswer answer(ResultSet rs, int n) throws SQLException {
        return new SelfAssessedAnswer(rs.getString("unit_code"), rs.getString("indicator_code"), rs.getInt("level"),
                rs.getString("note"), rs.getString("saved_by"), rs.getObject("saved_at", OffsetDateTime.class));
    }
}
