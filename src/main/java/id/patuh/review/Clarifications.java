package id.patuh.review;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.CyclePhases;
import id.patuh.cycle.Cycles;
import id.patuh.cycle.LocusUnit;
import id.patuh.cycle.Phase;
import id.patuh.cycle.PhaseWindow;
import id.patuh.fieldwork.AcceptedFile;
import id.patuh.fieldwork.AnswerChange;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.EvidenceFiles;
import id.patuh.fieldwork.SavedAnswer;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.methodology.DataSource;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.Province;
import id.patuh.cycle.ConflictsOfInterest;
import id.patuh.results.CycleResults;
import id.patuh.results.Determinations;
import id.patuh.results.PublishedResults;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.UnitResultRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entity's right of reply. Its coordinator sees the provisional results with the findings of each verified unit
 * (answers below the top of their scale) and, within the cycle's CLARIFICATION window, files a clarification on one
 * answer with a statement and counter-evidence; the office head of the entity's province or HQ accepts it (the answer
 * changes to the decided level through the normal audited save) or rejects it with a reason. The deadline is the end
 * of the CLARIFICATION window: a cycle without one takes no clarifications. Decisions stay possible after the deadline,
 * until determination begins. The log stays visible to the entity.
 */
@Service
public class Clarifications {

    /** Counter-evidence files one clarification may carry. */
    public static final int MAX_FILES = 10;

    private final JdbcClient jdbc;
    private final Cycles cycles;
    private final CyclePhases phases;
    private final Entities entities;
    private final Methodologies methodologies;
    private final CycleResults results;
    private final Answers answers;
    private final EvidenceFiles files;
    private final Reviews reviews;
    private final ApplicationEventPublisher events;
    private final Determinations determinations;
    private final PublishedResults published;
    private final ConflictsOfInterest conflicts;

    Clarifications(JdbcClient jdbc, Cycles cycles, CyclePhases phases, Entities entities, Methodologies methodologies,
                   CycleResults results, Answers answers, EvidenceFiles files, Reviews reviews,
                   ApplicationEventPublisher events, Determinations determinations, PublishedResults published,
                   ConflictsOfInterest conflicts) {
        this.determinations = determinations;
        this.published = published;
        this.conflicts = conflicts;
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.phases = phases;
        this.entities = entities;
        this.methodologies = methodologies;
        this.results = results;
        this.answers = answers;
        this.files = files;
        this.reviews = reviews;
        this.events = events;
    }

    /** The entity's provisional results with the findings of its verified units, for a viewer whose scope covers it. */
    public ProvisionalResults provisional(PatuhUser viewer, int year, String entityCode) {
        Entity entity = requireViewable(viewer, year, entityCode);
        Cycle cycle = cycles.require(year);
        Methodology methodology = methodologies.require(cycle.methodologyId());
        EntityResultDetail detail = results.entityAlone(year, entityCode);
        // Once HQ has determined the cycle, others see only published figures (the embargo), never the live ones.
        boolean embargoApplies = !viewer.isAdmin() && determinations.current(year).isPresent();
        Optional<EntityResultDetail> shown = embargoApplies
                ? determinations.published(year).map(version -> published.entity(version, entityCode))
                : Optional.of(detail);
        Map<String, UnitResultRow> shownUnits = new HashMap<>();
        shown.ifPresent(d -> d.units().forEach(u -> shownUnits.put(u.unitCode(), u)));
        String province = Optional.ofNullable(entity.province()).map(Province::code).orElse(null);
        Map<String, Long> openByItem = new HashMap<>();
        for (Clarification c : of(year, entityCode)) {
            if (c.open()) {
                openByItem.put(key(c.unitCode(), c.indicator(), c.product(), c.respondent()), c.id());
            }
        }
        Map<String, String> dimensionOf = new HashMap<>();
        for (Dimension dimension : methodology.dimensions()) {
            dimension.indicators().forEach(i -> dimensionOf.put(i.code(), dimension.code()));
        }
        List<ProvisionalUnit> units = new ArrayList<>();
        for (UnitResultRow unit : detail.units()) {
            if (!viewer.coversUnit(entityCode, unit.unitCode(), province)) {
                continue; // a unit operator sees its own unit only
            }
            UnitStatus status = reviews.status(year, entityCode, unit.unitCode());
            boolean verified = verified(status);
            List<Finding> findings = new ArrayList<>();
            if (verified) {
                for (SavedAnswer answer : answers.ofUnit(year, entityCode, unit.unitCode())) {
                    Optional<Indicator> indicator = methodology.indicator(answer.indicator());
                    if (indicator.isEmpty() || answer.level() == null
                            || answer.level() >= indicator.get().scale().maxLevel()) {
                        continue;
                    }
                    Indicator i = indicator.get();
                    findings.add(new Finding(i.code(), i.text(), dimensionOf.get(i.code()), answer.product(),
                            answer.respondent(), answer.level(), i.scale().maxLevel(),
                            i.scale().level(answer.level()).label(), answer.note(),
                            openByItem.get(key(unit.unitCode(), i.code(), answer.product(), answer.respondent()))));
                }
            }
            UnitResultRow figures = shownUnits.get(unit.unitCode());
            units.add(new ProvisionalUnit(unit.unitCode(), unit.name(), status,
                    figures == null ? null : figures.score(), figures == null ? null : figures.category(),
                    figures == null ? null : figures.zone(), unit.complete(), verified, findings));
        }
        Optional<PhaseWindow> window = phases.timeline(year).window(Phase.CLARIFICATION);
        var row = shown.map(EntityResultDetail::entity).orElse(null);
        return new ProvisionalResults(year, entityCode, entity.name(), row == null ? null : row.score(), row == null ? null : row.category(),
                row == null ? null : row.opinion(), row == null ? null : row.zone(), window.map(PhaseWindow::startsOn).orElse(null), window.map(PhaseWindow::endsOn).orElse(null),
                filingRefusal(year).isEmpty(), cycle.determined(), units);
    }

    /** The entity's clarifications in a cycle, newest first, each with its counter-evidence. */
    public List<Clarification> list(PatuhUser viewer, int year, String entityCode) {
        Entity entity = requireViewable(viewer, year, entityCode);
        String province = Optional.ofNullable(entity.province()).map(Province::code).orElse(null);
        return of(year, entityCode).stream()
                .filter(c -> viewer.coversUnit(entityCode, c.unitCode(), province))
                .toList();
    }

    /** One clarification of the entity. */
    public Clarification get(PatuhUser viewer, int year, String entityCode, long id) {
        Entity entity = requireViewable(viewer, year, entityCode);
        Clarification clarification = require(year, entityCode, id);
        String province = Optional.ofNullable(entity.province()).map(Province::code).orElse(null);
        if (!viewer.coversUnit(entityCode, clarification.unitCode(), province)) {
            throw DomainException.forbidden("review.clarification.outOfScope", entityCode);
        }
        return clarification;
    }

    /**
     * The open clarifications a decider may decide in a cycle (an office head: its provinces; HQ: all), oldest first;
     * empty for anyone else.
     */
    public List<Clarification> queue(PatuhUser decider, int year) {
        cycles.require(year);
        if (!decider.isAdmin() && decider.role() != Role.OFFICE_HEAD) {
            return List.of();
        }
        Map<String, Boolean> covered = new HashMap<>();
        return select("where c.year = ? and c.status = 'OPEN' order by c.id", year).stream()
                .filter(c -> covered.computeIfAbsent(c.entityCode(), code -> mayDecide(decider, entities.require(code))))
                .toList();
    }

    /**
     * Why clarifications cannot be filed in a cycle today, or empty when they can: the results are determined, HQ has
     * set no CLARIFICATION window, the window has not opened yet, or its deadline has passed (named in the message).
     */
    public Optional<DomainException> filingRefusal(int year) {
        Cycle cycle = cycles.require(year);
        if (cycle.determined()) {
            return Optional.of(DomainException.conflict("results.cycleDetermined", year));
        }
        Optional<PhaseWindow> window = phases.timeline(year).window(Phase.CLARIFICATION);
        if (window.isEmpty()) {
            return Optional.of(DomainException.conflict("review.clarification.noWindow", year));
        }
        LocalDate today = phases.today();
        if (today.isBefore(window.get().startsOn())) {
            return Optional.of(DomainException.conflict("review.clarification.notYetOpen", year,
                            day(window.get().startsOn()))
                    .with("opensOn", window.get().startsOn().toString()));
        }
        if (window.get().endsOn() != null && today.isAfter(window.get().endsOn())) {
            return Optional.of(DomainException.conflict("review.clarification.deadlinePassed", year,
                            day(window.get().endsOn()))
                    .with("deadline", window.get().endsOn().toString()));
        }
        return Optional.empty();
    }

    /**
     * The coordinator files a clarification on one answer of a verified unit that lost points, within the window; one
     * open clarification per answer. {@code evidence} (may be null) is a first counter-evidence file, kept with it.
     */
    @Transactional
    public Clarification file(PatuhUser coordinator, int year, String entityCode, NewClarification request,
                              NewCounterEvidence evidence) {
        requireCoordinatorOf(coordinator, year, entityCode);
        requireFilingOpen(year);
        String statement = request.statement() == null ? "" : request.statement().strip();
        if (statement.isEmpty()) {
            throw DomainException.invalidField("statement", "review.clarification.statementRequired");
        }
        if (statement.length() > 4000) {
            throw DomainException.invalidField("statement", "review.clarification.statementTooLong", 4000);
        }
        String unitCode = request.unitCode() == null ? "" : request.unitCode().strip();
        boolean inLocus = cycles.locus(year, entityCode).stream().map(LocusUnit::unitCode).anyMatch(unitCode::equals);
        if (!inLocus) {
            throw DomainException.invalidField("unitCode", "review.clarification.unitNotInCycle", unitCode, entityCode,
                    year);
        }
        Methodology methodology = methodologies.require(cycles.require(year).methodologyId());
        String code = request.indicator() == null ? "" : request.indicator().strip();
        Indicator indicator = methodology.indicator(code)
                .orElseThrow(() -> DomainException.invalidField("indicator", "fieldwork.answer.unknownIndicator", code,
                        methodology.id()));
        String product = request.product() == null || request.product().isBlank() ? null : request.product().strip();
        if (product != null && indicator.source() != DataSource.OBSERVATION) {
            throw DomainException.invalidField("product", "fieldwork.answer.productNotObserved", indicator.code());
        }
        if (product != null && !cycles.observedProductCodes(year, entityCode, unitCode).contains(product)) {
            throw DomainException.invalidField("product", "fieldwork.answer.unknownProduct", product, unitCode);
        }
        int respondent = request.respondent() == null ? 1 : request.respondent();
        if (respondent < 1 || respondent > 1000) {
            throw DomainException.invalidField("respondent", "fieldwork.answer.respondentOutOfRange", respondent);
        }
        UnitStatus status = reviews.status(year, entityCode, unitCode);
        if (!verified(status)) {
            throw DomainException.invalidField("unitCode", "review.clarification.unitNotVerified", unitCode,
                    new DefaultMessageSourceResolvable(new String[]{"review.status." + status.name()}, status.name()));
        }
        String item = indicator.code() + (product == null ? "" : " / " + product) + " #" + respondent;
        SavedAnswer answer = answer(year, entityCode, unitCode, indicator.code(), product, respondent)
                .filter(a -> a.level() != null && a.level() < indicator.scale().maxLevel())
                .orElseThrow(() -> DomainException.invalidField("indicator", "review.clarification.noFinding", item,
                        unitCode));
        Optional<Long> open = jdbc.sql("""
                        select id from clarifications where year = ? and entity_code = ? and unit_code = ?
                          and indicator_code = ? and product_code = ? and respondent = ? and status = 'OPEN'""")
                .params(year, entityCode, unitCode, indicator.code(), product == null ? "" : product, respondent)
                .query(Long.class).optional();
        if (open.isPresent()) {
            throw DomainException.conflict("review.clarification.alreadyOpen", item, unitCode, open.get())
                    .with("clarificationId", open.get());
        }
        long id = jdbc.sql("""
                        insert into clarifications (year, entity_code, unit_code, indicator_code, product_code, respondent,
                                                    statement, level_filed, filed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(year, entityCode, unitCode, indicator.code(), product == null ? "" : product, respondent,
                        statement, answer.level(), coordinator.username())
                .query(Long.class).single();
        events.publishEvent(new ClarificationFiled(id, year, entityCode, unitCode, item, answer.level(), statement,
                coordinator.username()));
        if (evidence != null) {
            attach(coordinator, require(year, entityCode, id), evidence);
        }
        return require(year, entityCode, id);
    }

    /** Adds a counter-evidence file to an open clarification of the coordinator's entity, before the deadline. */
    @Transactional
    public CounterEvidence addEvidence(PatuhUser coordinator, int year, String entityCode, long id,
                                       NewCounterEvidence evidence) {
        requireCoordinatorOf(coordinator, year, entityCode);
        Clarification clarification = require(year, entityCode, id);
        requireFilingOpen(year);
        if (!clarification.open()) {
            throw DomainException.conflict("review.clarification.alreadyDecided", id,
                    clarification.decidedBy(), day(clarification.decidedAt().toLocalDate()));
        }
        return attach(coordinator, clarification, evidence);
    }

    private CounterEvidence attach(PatuhUser coordinator, Clarification clarification, NewCounterEvidence evidence) {
        // Serialises uploads to one clarification, so the file limit holds.
        jdbc.sql("select id from clarifications where id = ? for update").param(clarification.id())
                .query(Long.class).single();
        int count = jdbc.sql("select count(*) from clarification_evidence where clarification_id = ?")
                .param(clarification.id()).query(Integer.class).single();
        if (count >= MAX_FILES) {
            throw DomainException.conflict("review.clarification.tooManyFiles", clarification.id(), MAX_FILES);
        }
        AcceptedFile file = files.accept(evidence.content(), evidence.name());
        CounterEvidence added = jdbc.sql("""
                        insert into clarification_evidence (clarification_id, file_key, sha256, size_bytes, media_type,
                                                            original_name, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""" + " returning " + EVIDENCE_COLUMNS)
                .params(clarification.id(), file.key(), file.sha256(), file.size(), file.mediaType(), file.name(),
                        coordinator.username())
                .query(Clarifications::evidence).single();
        events.publishEvent(new ClarificationEvidenceAdded(clarification.id(), added.id(), clarification.year(),
                clarification.entityCode(), clarification.unitCode(), added.sha256(), added.mediaType(), added.size(),
                added.name(), coordinator.username()));
        return added;
    }

    /**
     * The office head of the entity's province or HQ decides an open clarification, once. Accepted: the answer becomes
     * {@code level} through the audited save (which records the clarification); rejected: the reason is required.
     * Possible after the filing deadline, until determination begins.
     */
    @Transactional
    public Clarification decide(PatuhUser decider, int year, String entityCode, long id, ClarificationDecision decision) {
        Entity entity = entities.require(entityCode);
        Cycle cycle = cycles.require(year);
        if (!mayDecide(decider, entity)) {
            throw DomainException.forbidden("review.clarification.deciderOnly", entityCode);
        }
        Clarification clarification = require(year, entityCode, id);
        cycles.requireUndetermined(year);
        // The row lock makes a second decision wait for the first and then see it.
        String status = jdbc.sql("select status from clarifications where id = ? for update").param(id)
                .query(String.class).single();
        if (!ClarificationStatus.OPEN.name().equals(status)) {
            Clarification decided = require(year, entityCode, id);
            throw DomainException.conflict("review.clarification.alreadyDecided", id, decided.decidedBy(),
                    day(decided.decidedAt().toLocalDate()));
        }
        if (decision == null || decision.accepted() == null) {
            throw DomainException.invalidField("accepted", "review.clarification.acceptedRequired");
        }
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (reason != null && reason.length() > 2000) {
            throw DomainException.invalidField("reason", "review.clarification.reasonTooLong", 2000);
        }
        if (!decision.accepted()) {
            if (reason == null) {
                throw DomainException.invalidField("reason", "review.clarification.reasonRequired");
            }
            jdbc.sql("""
                            update clarifications set status = 'REJECTED', decided_by = ?, decided_at = now(), reason = ?
                            where id = ?""")
                    .params(decider.username(), reason, id).update();
            events.publishEvent(new ClarificationDecided(id, year, entityCode, clarification.unitCode(),
                    clarification.item(), ClarificationStatus.REJECTED, clarification.levelFiled(), null, reason,
                    decider.username()));
            return require(year, entityCode, id);
        }
        Indicator indicator = methodologies.require(cycle.methodologyId()).indicator(clarification.indicator())
                .orElseThrow();
        Integer level = decision.level();
        if (level == null || level < 0 || level > indicator.scale().maxLevel()) {
            throw DomainException.invalidField("level", "review.clarification.levelRequired", indicator.code(),
                    indicator.scale().maxLevel());
        }
        SavedAnswer current = answer(year, entityCode, clarification.unitCode(), clarification.indicator(),
                clarification.product(), clarification.respondent())
                .orElseThrow(() -> DomainException.conflict("review.clarification.answerGone", clarification.item()));
        if (level.equals(current.level())) {
            throw DomainException.invalidField("level", "review.clarification.sameLevel", level);
        }
        jdbc.sql("""
                        update clarifications set status = 'ACCEPTED', decided_by = ?, decided_at = now(),
                                                  level_decided = ?, reason = ?
                        where id = ?""")
                .params(decider.username(), level, reason, id).update();
        events.publishEvent(new ClarificationDecided(id, year, entityCode, clarification.unitCode(),
                clarification.item(), ClarificationStatus.ACCEPTED,
                current.level() == null ? clarification.levelFiled() : current.level(), level, reason,
                decider.username()));
        // The normal save: same checks, a new version, an ANSWER_SAVED entry naming this clarification.
        answers.correctOnClarification(year, entityCode, clarification.unitCode(),
                new AnswerChange(clarification.indicator(), clarification.product(), clarification.respondent(), level,
                        null, current.version()),
                decider.username(), id);
        return require(year, entityCode, id);
    }

    /** One counter-evidence file of a clarification the viewer may see, and where its bytes are. */
    public InputStream evidenceContent(PatuhUser viewer, int year, String entityCode, long id, long evidenceId) {
        CounterEvidence file = evidence(viewer, year, entityCode, id, evidenceId);
        String key = jdbc.sql("select file_key from clarification_evidence where id = ?").param(file.id())
                .query(String.class).single();
        return files.open(new AcceptedFile(key, file.sha256(), file.size(), file.mediaType(), file.name()));
    }

    /** One counter-evidence file's description; another clarification's file is as unknown as a missing one. */
    public CounterEvidence evidence(PatuhUser viewer, int year, String entityCode, long id, long evidenceId) {
        return get(viewer, year, entityCode, id).evidence().stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> DomainException.notFound("review.clarification.evidenceNotFound", evidenceId, id));
    }

    /** Whether {@code user} decides clarifications of {@code entity}: HQ, or the office head of its province. */
    public boolean mayDecide(PatuhUser user, Entity entity) {
        return user.isAdmin() || (user.role() == Role.OFFICE_HEAD && entity.province() != null
                && user.coversProvince(entity.province().code()));
    }

    private void requireFilingOpen(int year) {
        Optional<DomainException> refusal = filingRefusal(year);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private Entity requireViewable(PatuhUser viewer, int year, String entityCode) {
        Entity entity = entities.require(entityCode);
        cycles.require(year);
        String province = Optional.ofNullable(entity.province()).map(Province::code).orElse(null);
        if (!viewer.coversEntity(entityCode, province)) {
            throw DomainException.forbidden("review.clarification.outOfScope", entityCode);
        }
        if (viewer.role() == Role.ASSESSOR && conflicts.declared(viewer.id(), entityCode)) {
            throw DomainException.forbidden("review.conflictOfInterest", entityCode);
        }
        return entity;
    }

    private void requireCoordinatorOf(PatuhUser user, int year, String entityCode) {
        entities.require(entityCode);
        cycles.require(year);
        if (user.role() != Role.ENTITY_COORDINATOR || !entityCode.equals(user.entityCode())) {
            throw DomainException.forbidden("review.clarification.coordinatorOnly", entityCode);
        }
    }

    private Optional<SavedAnswer> answer(int year, String entityCode, String unitCode, String indicator, String product,
                                         int respondent) {
        return answers.ofUnit(year, entityCode, unitCode).stream()
                .filter(a -> a.indicator().equals(indicator) && java.util.Objects.equals(a.product(), product)
                        && a.respondent() == respondent)
                .findFirst();
    }

    private Clarification require(int year, String entityCode, long id) {
        return select("where c.id = ? and c.year = ? and c.entity_code = ?", id, year, entityCode).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("review.clarification.notFound", id, entityCode, year));
    }

    private List<Clarification> of(int year, String entityCode) {
        return select("where c.year = ? and c.entity_code = ? order by c.id desc", year, entityCode);
    }

    private List<Clarification> select(String where, Object... params) {
        Map<Long, List<CounterEvidence>> evidence = new LinkedHashMap<>();
        List<Clarification> rows = jdbc.sql("select c.* from clarifications c " + where).params(params)
                .query(Clarifications::row).list();
        if (rows.isEmpty()) {
            return rows;
        }
        jdbc.sql("select clarification_id, " + EVIDENCE_COLUMNS + " from clarification_evidence "
                        + "where clarification_id = any(?) order by id")
                .param(rows.stream().map(Clarification::id).toArray(Long[]::new))
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getLong("clarification_id"), k -> new ArrayList<>())
                            .add(evidence(rs, 0));
                });
        return rows.stream().map(c -> new Clarification(c.id(), c.year(), c.entityCode(), c.unitCode(), c.indicator(),
                c.product(), c.respondent(), c.statement(), c.levelFiled(), c.filedBy(), c.filedAt(), c.status(),
                c.decidedBy(), c.decidedAt(), c.levelDecided(), c.reason(), evidence.getOrDefault(c.id(), List.of())))
                .toList();
    }

    private static final String EVIDENCE_COLUMNS =
            "id, original_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private static CounterEvidence evidence(ResultSet rs, int row) throws SQLException {
        return new CounterEvidence(rs.getLong("id"), rs.getString("original_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    private static Clarification row(ResultSet rs, int row) throws SQLException {
        String product = rs.getString("product_code");
        return new Clarification(rs.getLong("id"), rs.getInt("year"), rs.getString("entity_code"),
                rs.getString("unit_code"), rs.getString("indicator_code"), product.isEmpty() ? null : product,
                rs.getInt("respondent"), rs.getString("statement"), rs.getInt("level_filed"), rs.getString("filed_by"),
                rs.getObject("filed_at", OffsetDateTime.class), ClarificationStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
                (Integer) rs.getObject("level_decided"), rs.getString("reason"), List.of());
    }

    private static boolean verified(UnitStatus status) {
        return status == UnitStatus.VERIFIED || status == UnitStatus.CENTRALLY_VERIFIED;
    }

    private static String key(String unit, String indicator, String product, int respondent) {
        return unit + "|" + indicator + "|" + (product == null ? "" : product) + "|" + respondent;
    }

    /**
     * A date as a message argument, formatted by the message itself in the reader's language ({@code {1,date,d MMMM
     * yyyy}} → "20 Desember 2045"). MessageFormat formats in the JVM's zone, so the instant is that day's noon there.
     */
    static Date day(LocalDate date) {
        return Date.from(date.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
