package id.patuh.improvement;

import id.patuh.DomainException;
import id.patuh.identity.PatuhUser;
import id.patuh.methodology.Methodologies;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity's improvement plan: actions with an owner, a due date, a status and evidence of completion, drawn from
 * official findings or self-assessment gaps. A unit operator plans and updates its own unit's actions only.
 */
@Service
public class ImprovementActions {

    static final int DESCRIPTION_MAX = 1000;
    static final int OWNER_MAX = 200;

    private final JdbcClient jdbc;
    private final Entities entities;
    private final Findings findings;
    private final EvidenceKeeper evidence;
    private final SelfAssessments selfAssessments;
    private final Methodologies methodologies;
    private final Clock clock;

    ImprovementActions(JdbcClient jdbc, Entities entities, Findings findings, EvidenceKeeper evidence,
                       SelfAssessments selfAssessments, Methodologies methodologies, Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.findings = findings;
        this.evidence = evidence;
        this.selfAssessments = selfAssessments;
        this.methodologies = methodologies;
        this.clock = clock;
    }

    /** The plan's actions the reader may see, by due date. */
    public List<ImprovementAction> of(PatuhUser reader, String entityCode) {
        Scope.requireMember(reader, entityCode);
        Entity entity = entities.require(entityCode);
        List<Row> rows = jdbc.sql("select * from improvement_actions where entity_code = ? order by due_date, id")
                .param(entityCode).query(ImprovementActions::row).list();
        List<ImprovementAction> actions = new ArrayList<>();
        for (Row row : rows) {
            if (Scope.seesUnit(reader, row.unitCode())) {
                actions.add(action(entity, row));
            }
        }
        return actions;
    }

    public ImprovementAction require(PatuhUser reader, String entityCode, long id) {
        Scope.requireMember(reader, entityCode);
        Row row = row(entityCode, id);
        Scope.requireUnit(reader, entityCode, row.unitCode());
        return action(entities.require(entityCode), row);
    }

    /** Adds an action; owner, due date and description are required, and a finding's year and indicator must exist. */
    @Transactional
    public ImprovementAction add(PatuhUser by, String entityCode, ActionDraft draft) {
        Scope.requireMember(by, entityCode);
        Entity entity = entities.require(entityCode);
        String unitCode = blankToNull(draft.unitCode());
        if (unitCode == null) {
            throw DomainException.invalidField("unitCode", "improvement.action.unitRequired");
        }
        Scope.requireUnit(by, entityCode, unitCode);
        SelfAssessments.unit(entity, unitCode);
        String description = required("description", draft.description(), DESCRIPTION_MAX);
        String owner = required("owner", draft.owner(), OWNER_MAX);
        if (draft.dueDate() == null) {
            throw DomainException.invalidField("dueDate", "improvement.action.dueDateRequired");
        }
        ActionSource source = draft.source() == null ? ActionSource.OTHER : draft.source();
        String indicator = blankToNull(draft.indicatorCode());
        Integer findingYear = null;
        Long roundId = null;
        if (source == ActionSource.OFFICIAL_FINDING) {
            if (draft.findingYear() == null || indicator == null) {
                throw DomainException.invalidField("findingYear", "improvement.action.findingRequired");
            }
            boolean known = findings.of(by, entityCode, draft.findingYear()).stream()
                    .anyMatch(f -> f.unitCode().equals(unitCode) && f.indicatorCode().equals(indicator));
            if (!known) {
                throw DomainException.invalidField("indicatorCode", "improvement.action.noSuchFinding", indicator,
                        unitCode, draft.findingYear());
            }
            findingYear = draft.findingYear();
        } else if (source == ActionSource.SELF_ASSESSMENT && draft.roundId() != null) {
            roundId = jdbc.sql("select id from self_assessment_rounds where id = ? and entity_code = ?")
                    .params(draft.roundId(), entityCode).query(Long.class).optional()
                    .orElseThrow(() -> DomainException.invalidField("roundId", "improvement.round.notFound", draft.roundId()));
        }
        if (indicator != null && source != ActionSource.OFFICIAL_FINDING) {
            // A gap or a chosen action names an indicator of the instrument it came from: the round's, else today's.
            String methodologyId = roundId == null ? selfAssessments.currentMethodologyId()
                    : jdbc.sql("select methodology_id from self_assessment_rounds where id = ?").param(roundId)
                            .query(String.class).single();
            boolean known = methodologies.require(methodologyId).indicators().stream()
                    .anyMatch(i -> i.code().equals(indicator));
            if (!known) {
                throw DomainException.invalidField("indicatorCode", "improvement.action.noSuchIndicator", indicator,
                        methodologyId);
            }
        }
        long id = jdbc.sql("""
                        insert into improvement_actions (entity_code, unit_code, indicator_code, source, finding_year,
                            round_id, description, owner, due_date, status, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?) returning id""")
                .params(entityCode, unitCode, indicator, source.name(), findingYear, roundId, description, owner,
                        draft.dueDate(), by.username(), by.username())
                .query(Long.class).single();
        return require(by, entityCode, id);
    }

    /** Moves an action on; DONE needs a completion note or an evidence file already attached. */
    @Transactional
    public ImprovementAction progress(PatuhUser by, String entityCode, long id, ActionProgress progress) {
        Scope.requireMember(by, entityCode);
        Row row = row(entityCode, id);
        Scope.requireUnit(by, entityCode, row.unitCode());
        if (progress.status() == null) {
            throw DomainException.invalidField("status", "improvement.action.statusRequired");
        }
        String note = blankToNull(progress.completionNote());
        if (note != null && note.length() > DESCRIPTION_MAX) {
            throw DomainException.invalidField("completionNote", "improvement.action.tooLong", DESCRIPTION_MAX);
        }
        if (progress.status() == ActionStatus.DONE && note == null && row.completionNote() == null
                && evidence.ofAction(id).isEmpty()) {
            throw DomainException.invalidField("completionNote", "improvement.action.evidenceRequired");
        }
        jdbc.sql("""
                        update improvement_actions set status = ?, completion_note = coalesce(?, completion_note),
                            updated_by = ?, updated_at = now() where id = ?""")
                .params(progress.status().name(), note, by.username(), id).update();
        return require(by, entityCode, id);
    }

    /** Attaches a photo or PDF as evidence that an action was carried out. */
    @Transactional
    public EvidenceRef addEvidence(PatuhUser by, String entityCode, long id, String originalName, InputStream content) {
        Scope.requireMember(by, entityCode);
        Row row = row(entityCode, id);
        Scope.requireUnit(by, entityCode, row.unitCode());
        return evidence.keep(entityCode, row.unitCode(), null, id, row.indicatorCode(), originalName, content,
                by.username());
    }

    private ImprovementAction action(Entity entity, Row row) {
        FollowUp followUp = row.source() == ActionSource.OFFICIAL_FINDING && row.findingYear() != null
                ? findings.followUp(entity, row.findingYear(), row.unitCode(), row.indicatorCode()) : null;
        boolean overdue = row.status() != ActionStatus.DONE && row.dueDate().isBefore(LocalDate.now(clock));
        return new ImprovementAction(row.id(), row.entityCode(), row.unitCode(), row.indicatorCode(), row.source(),
                row.findingYear(), row.roundId(), row.description(), row.owner(), row.dueDate(), row.status(),
                row.completionNote(), evidence.ofAction(row.id()), overdue, followUp, row.createdBy(), row.createdAt(),
                row.updatedBy(), row.updatedAt());
    }

    private Row row(String entityCode, long id) {
        return jdbc.sql("select * from improvement_actions where id = ? and entity_code = ?").params(id, entityCode)
                .query(ImprovementActions::row).optional()
                .orElseThrow(() -> DomainException.notFound("improvement.action.notFound", id));
    }

    private record Row(long id, String entityCode, String unitCode, String indicatorCode, ActionSource source,
                       Integer findingYear, Long roundId, String description, String owner, LocalDate dueDate,
                       ActionStatus status, String completionNote, String createdBy, OffsetDateTime createdAt,
                       String updatedBy, OffsetDateTime updatedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("entity_code"), rs.getString("unit_code"),
                rs.getString("indicator_code"), ActionSource.valueOf(rs.getString("source")),
                (Integer) rs.getObject("finding_year"), (Long) rs.getObject("round_id"), rs.getString("description"),
                rs.getString("owner"), rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")), rs.getString("completion_note"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static String required(String field, String value, int max) {
        String clean = blankToNull(value);
        if (clean == null) {
            throw DomainException.invalidField(field, "improvement.action." + field + "Required");
        }
        if (clean.length() > max) {
            throw DomainException.invalidField(field, "improvement.action.tooLong", max);
        }
        return clean;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
