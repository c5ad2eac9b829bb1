package id.patuh.improvement;

import id.patuh.identity.PatuhUser;
import id.patuh.methodology.DataSource;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.ServiceUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Readiness monitoring (seed 003: the organisation bureau watches every OPD): per unit its last self-assessment and
 * predicted score, missing evidence, whether it is overdue under {@code patuh.improvement.overdue-after}, and its 14
 * standard components.
 */
@Service
public class Readiness {

    private static final Set<DataSource> EVIDENCED = Set.of(DataSource.OBSERVATION, DataSource.DOCUMENT);

    private final JdbcClient jdbc;
    private final Entities entities;
    private final Methodologies methodologies;
    private final SelfAssessments selfAssessments;
    private final StandardComponents components;
    private final EvidenceKeeper evidence;
    private final Predictor predictor;
    private final ImprovementSettings settings;
    private final Clock clock;

    Readiness(JdbcClient jdbc, Entities entities, Methodologies methodologies, SelfAssessments selfAssessments,
              StandardComponents components, EvidenceKeeper evidence, Predictor predictor, ImprovementSettings settings,
              Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.methodologies = methodologies;
        this.selfAssessments = selfAssessments;
        this.components = components;
        this.evidence = evidence;
        this.predictor = predictor;
        this.settings = settings;
        this.clock = clock;
    }

    /** The entity's dashboard; a unit operator sees its own unit only. */
    public EntityReadiness of(PatuhUser reader, String entityCode) {
        Scope.requireMember(reader, entityCode);
        Entity entity = entities.require(entityCode);
        OffsetDateTime staleBefore = OffsetDateTime.now(clock).minus(settings.overdueAfter());
        Map<String, Last> last = lastAssessed(entityCode);
        Map<String, List<ComponentStatus>> componentsByUnit = components.byUnit(entityCode);
        Map<String, OffsetDateTime> reminded = lastReminders(entityCode);
        Map<Long, SelfAssessmentRound> rounds = new HashMap<>();
        Map<Long, Map<String, Map<String, Integer>>> levels = new HashMap<>();
        List<UnitReadiness> units = new ArrayList<>();
        for (ServiceUnit unit : entity.units()) {
            if (!Scope.seesUnit(reader, unit.code())) {
                continue;
            }
            Last seen = last.get(unit.code());
            List<ComponentStatus> unitComponents = componentsByUnit.getOrDefault(unit.code(), StandardComponents.blank());
            int published = (int) unitComponents.stream().filter(ComponentStatus::published).count();
            LocalDate oldestReview = unitComponents.stream().map(ComponentStatus::reviewedOn).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            if (seen == null) {
                units.add(new UnitReadiness(unit.code(), unit.name(), unit.kind().name(), null, null, null, null, null,
                        0, 0, 0, true, published, oldestReview, unitComponents, reminded.get(unit.code())));
                continue;
            }
            SelfAssessmentRound round = rounds.computeIfAbsent(seen.roundId(), id -> selfAssessments.require(entityCode, id));
            Map<String, Integer> answers = levels.computeIfAbsent(seen.roundId(), selfAssessments::levelsOf)
                    .getOrDefault(unit.code(), Map.of());
            Methodology methodology = methodologies.require(round.methodologyId());
            UnitPrediction prediction = predictor.unit(methodology,
                    methodologies.requireSummary(round.methodologyId()).sha256(), entity.type(), unit, answers);
            units.add(new UnitReadiness(unit.code(), unit.name(), unit.kind().name(), seen.at(), seen.roundId(),
                    prediction.score(), prediction.category(), prediction.zone(), prediction.answered(),
                    prediction.unanswered(), missingEvidence(methodology, round.id(), unit.code(), answers),
                    seen.at().isBefore(staleBefore), published, oldestReview, unitComponents,
                    reminded.get(unit.code())));
        }
        List<SelfAssessmentRound> all = selfAssessments.rounds(reader, entityCode);
        EntityPrediction latest = all.isEmpty() ? null : selfAssessments.predict(reader, all.get(0));
        return new EntityReadiness(entity.code(), entity.name(), settings.overdueAfter(),
                selfAssessments.openRound(entityCode).orElse(null), latest, units);
    }

    /** Answers above 0 on an observation or document indicator with no file attached to that indicator. */
    private int missingEvidence(Methodology methodology, long roundId, String unitCode, Map<String, Integer> answers) {
        Set<String> evidenced = new HashSet<>();
        evidence.ofRound(roundId, unitCode).forEach(file -> {
            if (file.indicatorCode() != null) {
                evidenced.add(file.indicatorCode());
            }
        });
        int missing = 0;
        for (Indicator indicator : methodology.indicators()) {
            Integer level = answers.get(indicator.code());
            if (level != null && level > 0 && EVIDENCED.contains(indicator.source()) && !evidenced.contains(indicator.code())) {
                missing++;
            }
        }
        return missing;
    }

    /** When each unit last saved a self-assessed answer, and in which round. */
    private record Last(OffsetDateTime at, long roundId) {
    }

    private Map<String, Last> lastAssessed(String entityCode) {
        Map<String, Last> last = new HashMap<>();
        jdbc.sql("""
                        select distinct on (a.unit_code) a.unit_code, a.saved_at, a.round_id
                        from self_assessment_answers a join self_assessment_rounds r on r.id = a.round_id
                        where r.entity_code = ? order by a.unit_code, a.saved_at desc""")
                .param(entityCode)
                .query(rs -> {
                    last.put(rs.getString(1), new Last(rs.getObject(2, OffsetDateTime.class), rs.getLong(3)));
                });
        return last;
    }

    private Map<String, OffsetDateTime> lastReminders(String entityCode) {
        Map<String, OffsetDateTime> reminded = new HashMap<>();
        jdbc.sql("select unit_code, max(reminded_at) from improvement_reminders where entity_code = ? group by unit_code")
                .param(entityCode)
                .query(rs -> {
                    reminded.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
                });
        return reminded;
    }
}
