package id.patuh.audit;

import id.patuh.exchange.ImportCompleted;
import id.patuh.fieldwork.AnswerSaved;
import id.patuh.fieldwork.EvidenceAdded;
import id.patuh.fieldwork.UnitAnswersReplaced;
import id.patuh.registry.ServiceUnitSaved;
import id.patuh.results.CycleReopened;
import id.patuh.results.ResultsDetermined;
import id.patuh.results.UnitScoreRecorded;
import id.patuh.review.ClarificationDecided;
import id.patuh.review.ClarificationEvidenceAdded;
import id.patuh.review.ClarificationFiled;
import id.patuh.review.UnitReviewChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends every change that can move a score, inside the transaction that made it (so a change and its record stand or
 * fall together). The table refuses UPDATE, DELETE and TRUNCATE; the product offers no way to edit it.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A unit's history, oldest first. */
    public List<AuditEntry> ofUnit(int year, String entityCode, String unitCode) {
        return jdbc.sql("""
                        select id, at, actor, action, year, entity_code, unit_code, subject, before::text, after::text
                        from audit_log where year = ? and entity_code = ? and unit_code = ? order by id""")
                .params(year, entityCode, unitCode)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }

    @EventListener
    void on(AnswerSaved event) {
        append(event.savedBy(), "ANSWER_SAVED", event.year(), event.entityCode(), event.unitCode(),
                event.indicator() + (event.product() == null ? "" : "/" + event.product()) + "#" + event.respondent(),
                event.levelBefore() == null && event.noteBefore() == null ? null : answer(event.levelBefore(), event.noteBefore()),
                event.levelAfter() == null ? null : changed(answer(event.levelAfter(), event.noteAfter()), event));
    }

    /** An answer changed by an accepted clarification says so in its own entry, beside the decision's entry. */
    private static Map<String, Object> changed(Map<String, Object> after, AnswerSaved event) {
        if (event.clarificationId() != null) {
            after.put("clarification", event.clarificationId());
        }
        return after;
    }

    @EventListener
    void on(ClarificationFiled event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("level", event.level());
        after.put("statement", event.statement());
        append(event.filedBy(), "CLARIFICATION_FILED", event.year(), event.entityCode(), event.unitCode(),
                "clarification " + event.clarificationId() + " " + event.item(), null, after);
    }

    @EventListener
    void on(ClarificationEvidenceAdded event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("sha256", event.sha256());
        after.put("mediaType", event.mediaType());
        after.put("size", event.size());
        after.put("name", event.name());
        append(event.uploadedBy(), "CLARIFICATION_EVIDENCE_ADDED", event.year(), event.entityCode(), event.unitCode(),
                "clarification " + event.clarificationId() + " evidence " + event.evidenceId(), null, after);
    }

    @EventListener
    void on(ClarificationDecided event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", event.outcome().name());
        if (event.levelAfter() != null) {
            after.put("level", event.levelAfter());
        }
        if (event.reason() != null) {
            after.put("reason", event.reason());
        }
        append(event.decidedBy(), "CLARIFICATION_" + event.outcome().name(), event.year(), event.entityCode(),
                event.unitCode(), "clarification " + event.clarificationId() + " " + event.item(),
                Map.of("level", event.levelBefore()), after);
    }

    @EventListener
    void on(UnitAnswersReplaced event) {
        append(event.recordedBy(), "ANSWERS_REPLACED", event.year(), event.entityCode(), event.unitCode(), null,
                Map.of("answers", event.previousCount()), Map.of("answers", event.count()));
    }

    @EventListener
    void on(EvidenceAdded event) {
        StringBuilder subject = new StringBuilder("evidence ").append(event.evidenceId());
        if (event.indicator() != null) {
            subject.append(' ').append(event.indicator());
        }
        if (event.product() != null) {
            subject.append('/').append(event.product());
        }
        if (event.respondent() != null) {
            subject.append('#').append(event.respondent());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("sha256", event.sha256());
        after.put("mediaType", event.mediaType());
        after.put("size", event.size());
        after.put("name", event.name());
        append(event.uploadedBy(), "EVIDENCE_ADDED", event.year(), event.entityCode(), event.unitCode(),
                subject.toString(), null, after);
    }

    @EventListener
    void on(UnitScoreRecorded event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("score", event.score());
        if (event.dimensionPoints() != null) {
            after.put("dimensions", event.dimensionPoints());
        }
        append(event.recordedBy(), "UNIT_SCORE_RECORDED", event.year(), event.entityCode(), event.unitCode(), null,
                event.previousScore() == null ? null : Map.of("score", event.previousScore()), after);
    }

    @EventListener
    void on(UnitReviewChanged event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", event.to().name());
        if (!event.reasons().isEmpty()) {
            after.put("reasons", event.reasons());
        }
        append(event.actor(), "REVIEW_" + event.to().name(), event.year(), event.entityCode(), event.unitCode(), null,
                Map.of("status", event.from().name()), after);
    }

    @EventListener
    void on(ServiceUnitSaved event) {
        append("registry", event.created() ? "UNIT_CREATED" : "UNIT_CHANGED", null, event.entityCode(), event.unitCode(),
                null, null, Map.of("name", event.name(), "kind", event.kind().name()));
    }

    @EventListener
    void on(ResultsDetermined event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", event.version());
        after.put("decreeNumber", event.decreeNumber());
        after.put("publishAt", event.publishAt().toString());
        after.put("entities", event.entities());
        after.put("units", event.units());
        if (event.reason() != null) {
            after.put("reason", event.reason());
        }
        append(event.determinedBy(), event.version() == 1 ? "RESULTS_DETERMINED" : "RESULTS_CORRECTED", event.year(),
                null, null, "determination v" + event.version(), null, after);
    }

    @EventListener
    void on(CycleReopened event) {
        append(event.reopenedBy(), "CYCLE_REOPENED", event.year(), null, null, "determination", null,
                Map.of("reason", event.reason()));
    }

    @EventListener
    void on(ImportCompleted event) {
        append(event.importedBy(), "IMPORT_COMPLETED", event.year(), null, null, "import " + event.importId() + " " + event.kind(),
                null, Map.of("sha256", event.sha256(), "rows", event.rows(), "file", String.valueOf(event.fileName())));
    }

    private static Map<String, Object> answer(Integer level, String note) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("level", level);
        if (note != null) {
            value.put("note", note);
        }
        return value;
    }

    private void append(String actor, String action, Integer year, String entityCode, String unitCode, String subject,
                        Object before, Object after) {
        jdbc.sql("""
                        insert into audit_log (actor, action, year, entity_code, unit_code, subject, before, after)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(actor == null ? "system" : actor, action, year, entityCode, unitCode, subject,
                        before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after))
                .update();
    }
}
