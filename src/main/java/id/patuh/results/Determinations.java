package id.patuh.results;

import id.patuh.DomainException;
import id.patuh.cycle.Cycle;
import id.patuh.cycle.Cycles;
import id.patuh.fieldwork.Answers;
import id.patuh.fieldwork.RecordedAnswers;
import id.patuh.identity.PatuhUser;
import id.patuh.methodology.Methodologies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Determination of a cycle's results by HQ: a decree freezes the live sheet as a numbered, immutable snapshot (scores,
 * grades, ranks, unit and dimension points, the methodology version) and closes the cycle's data. A correction reopens
 * the cycle with a reason and is determined again as the next version — an erratum; nothing changes in place.
 * Until a version's publication time only HQ sees it. Change since last year is measured against the previous cycle's
 * determined snapshot.
 */
@Service
public class Determinations {

    static final int DECREE_NUMBER_MAX = 120;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Cycles cycles;
    private final CycleResults results;
    private final Answers answers;
    private final Methodologies methodologies;
    private final List<DeterminationGate> gates;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    Determinations(JdbcClient jdbc, JdbcTemplate batches, Cycles cycles, CycleResults results, Answers answers,
                   Methodologies methodologies, List<DeterminationGate> gates, ApplicationEventPublisher events,
                   ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.cycles = cycles;
        this.results = results;
        this.answers = answers;
        this.methodologies = methodologies;
        this.gates = gates;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Freezes the cycle's live results as the next version. Refused, with the list, while any unit of the locus has no
     * score or unverified data; the first version takes no reason, every later one needs one (the erratum).
     */
    @Transactional
    public Determination determine(int year, DeterminationRequest request, PatuhUser by) {
        requireHeadquarters(by);
        Cycle cycle = cycles.require(year);
        // Serialises concurrent determinations of one year: the version number must not be taken twice.
        jdbc.sql("select year from cycles where year = ? for update").param(year).query(Integer.class).single();
        if (cycles.require(year).determined()) {
            throw DomainException.conflict("results.determination.alreadyDetermined", year);
        }
        Optional<Determination> latest = current(year);
        String reason = checked(request, latest.isPresent(), cycles.reopenedReason(year).orElse(null));
        List<EntityResultDetail> sheet = results.details(year);
        if (sheet.isEmpty()) {
            throw DomainException.conflict("results.determination.emptyLocus", year);
        }
        List<UnitNotReady> notReady = notReady(year, sheet);
        if (!notReady.isEmpty()) {
            throw DomainException.conflict("results.determination.notReady", year, notReady.size())
                    .with("units", notReady);
        }
        int version = latest.map(d -> d.version() + 1).orElse(1);
        String sha256 = methodologies.requireSummary(cycle.methodologyId()).sha256();
        jdbc.sql("""
                        insert into determinations (year, version, decree_number, decree_date, publish_at, methodology_id,
                                                    methodology_sha256, reason, determined_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year, version, request.decreeNumber().trim(), request.decreeDate(), request.publishAt(),
                        cycle.methodologyId(), sha256, reason, by.username())
                .update();
        Map<String, PreviousResult> previous = previousDetermined(year);
        // A national sheet is ~590 entities and thousands of units: written in batches, not a round trip per row.
        List<Object[]> entityRows = new ArrayList<>(sheet.size());
        List<Object[]> unitRows = new ArrayList<>();
        for (EntityResultDetail detail : sheet) {
            entityRows.add(entityRow(year, version, detail, previous.get(detail.entity().entityCode())));
            for (UnitResultRow unit : detail.units()) {
                unitRows.add(unitRow(year, version, detail, unit));
            }
        }
        batches.batchUpdate(INSERT_ENTITY, entityRows);
        batches.batchUpdate(INSERT_UNIT, unitRows);
        batches.batchUpdate(INSERT_INDICATOR, indicatorRows(year, version, sheet));
        int units = unitRows.size();
        cycles.markDetermined(year);
        events.publishEvent(new ResultsDetermined(year, version, request.decreeNumber().trim(), request.publishAt(),
                reason, sheet.size(), units, by.username()));
        return current(year).orElseThrow();
    }

    /**
     * The official answers version {@code version} was determined on, tallied per unit and indicator: unit code →
     * indicator code → tally. Empty for units scored directly (no answers), and for versions older than the newest of
     * a cycle reopened before these tallies were kept.
     */
    public Map<String, Map<String, RecordedAnswers.Tally>> frozenAnswers(int year, int version, String entityCode) {
        Map<String, Map<String, RecordedAnswers.Tally>> units = new LinkedHashMap<>();
        jdbc.sql("""
                        select unit_code, indicator_code, respondents, level_sum, lowest, highest
                        from snapshot_unit_indicators where year = ? and version = ? and entity_code = ?
                        order by unit_code, indicator_code""")
                .params(year, version, entityCode)
                .query(rs -> {
                    units.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            new RecordedAnswers.Tally(rs.getInt(3), rs.getLong(4), rs.getInt(5), rs.getInt(6)));
                });
        return units;
    }

    /** Reopens a determined cycle so HQ can correct its data; what is published stays published until the next version. */
    @Transactional
    public void reopen(int year, String reason, PatuhUser by) {
        requireHeadquarters(by);
        if (current(year).isEmpty()) {
            throw DomainException.conflict("results.determination.none", year);
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField("reason", "results.determination.reasonRequired");
        }
        cycles.reopenForCorrection(year, reason.trim());
        events.publishEvent(new CycleReopened(year, reason.trim(), by.username()));
    }

    /** The newest version, published or not (HQ's view). */
    public Optional<Determination> current(int year) {
        return version(year, "select * from determinations where year = ? order by version desc limit 1", year);
    }

    /** The newest version whose publication time has come: what the public sees. */
    public Optional<Determination> published(int year) {
        return version(year, "select * from determinations where year = ? and publish_at <= ? order by version desc limit 1",
                year, OffsetDateTime.now(clock));
    }

    /** The years with a published version, newest first. */
    public List<Integer> publishedYears() {
        return jdbc.sql("select distinct year from determinations where publish_at <= ? order by year desc")
                .param(OffsetDateTime.now(clock)).query(Integer.class).list();
    }

    private Optional<Determination> version(int year, String sql, Object... params) {
        Optional<Row> row = jdbc.sql(sql).params(params).query(Determinations::row).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Erratum> errata = jdbc.sql("""
                        select version, reason, determined_at from determinations
                        where year = ? and version > 1 and version <= ? order by version""")
                .params(year, row.get().version())
                .query((rs, n) -> new Erratum(rs.getInt(1), rs.getString(2), local(rs.getObject(3, OffsetDateTime.class))))
                .list();
        Row r = row.get();
        return Optional.of(new Determination(year, r.version(), r.decreeNumber(), r.decreeDate(), local(r.publishAt()),
                r.methodologyId(), local(r.determinedAt()), r.determinedBy(), errata));
    }

    /** Times are shown in the server's zone (WIB), whatever zone the database session answers in. */
    private OffsetDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    private record Row(int version, String decreeNumber, LocalDate decreeDate, OffsetDateTime publishAt,
                       String methodologyId, OffsetDateTime determinedAt, String determinedBy) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getInt("version"), rs.getString("decree_number"), rs.getObject("decree_date", LocalDate.class),
                rs.getObject("publish_at", OffsetDateTime.class), rs.getString("methodology_id"),
                rs.getObject("determined_at", OffsetDateTime.class), rs.getString("determined_by"));
    }

    private List<UnitNotReady> notReady(int year, List<EntityResultDetail> sheet) {
        List<UnitNotReady> notReady = new ArrayList<>();
        for (EntityResultDetail detail : sheet) {
            for (UnitResultRow unit : detail.units()) {
                if (!unit.complete()) {
                    notReady.add(new UnitNotReady(detail.entity().entityCode(), unit.unitCode(), "INCOMPLETE", null));
                }
            }
        }
        for (DeterminationGate gate : gates) {
            for (UnitNotReady unverified : gate.unverifiedUnits(year)) {
                boolean listed = notReady.stream().anyMatch(u -> u.entityCode().equals(unverified.entityCode())
                        && u.unitCode().equals(unverified.unitCode()));
                if (!listed) {
                    notReady.add(unverified);
                }
            }
        }
        notReady.sort(java.util.Comparator.comparing(UnitNotReady::entityCode).thenComparing(UnitNotReady::unitCode));
        return notReady;
    }

    private static String checked(DeterminationRequest request, boolean erratum, String reopenedReason) {
        if (request.decreeNumber() == null || request.decreeNumber().isBlank()) {
            throw DomainException.invalidField("decreeNumber", "results.determination.decreeNumberRequired");
        }
        if (request.decreeNumber().trim().length() > DECREE_NUMBER_MAX) {
            throw DomainException.invalidField("decreeNumber", "results.determination.decreeNumberTooLong", DECREE_NUMBER_MAX);
        }
        if (request.decreeDate() == null) {
            throw DomainException.invalidField("decreeDate", "results.determination.decreeDateRequired");
        }
        if (request.publishAt() == null) {
            throw DomainException.invalidField("publishAt", "results.determination.publishAtRequired");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? reopenedReason : request.reason().trim();
        if (!erratum && request.reason() != null && !request.reason().isBlank()) {
            throw DomainException.invalidField("reason", "results.determination.reasonOnlyForErratum");
        }
        if (erratum && (reason == null || reason.isBlank())) {
            throw DomainException.invalidField("reason", "results.determination.reasonRequired");
        }
        return erratum ? reason : null;
    }

    /**
     * The previous cycle's figures as determined (its newest snapshot version), by entity: a published comparison must
     * use official figures, not the previous cycle's live data (which may be reopened or never determined). Empty when
     * the previous cycle was not determined.
     */
    private Map<String, PreviousResult> previousDetermined(int year) {
        Map<String, PreviousResult> previous = new HashMap<>();
        cycles.previous(year).flatMap(cycle -> current(cycle.year())).ifPresent(version -> jdbc.sql("""
                        select entity_code, score, category, zone, national_rank, province_rank
                        from snapshot_entities where year = ? and version = ?""")
                .params(version.year(), version.version())
                .query((rs, n) -> previous.put(rs.getString(1), new PreviousResult(version.year(), rs.getBigDecimal(2),
                        rs.getString(3), rs.getString(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6))))
                .list());
        return previous;
    }

    private static final String INSERT_ENTITY = """
            insert into snapshot_entities (year, version, entity_code, entity_name, entity_type, province_code,
                score, category, opinion, zone, national_rank, province_rank, unit_count, previous_year,
                previous_score, previous_category, previous_zone, previous_national_rank,
                previous_province_rank, score_change)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_UNIT = """
            insert into snapshot_units (year, version, entity_code, unit_code, unit_name, unit_kind, score,
                category, opinion, zone, dimensions, dimension_order, source)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""";

    private static final String INSERT_INDICATOR = """
            insert into snapshot_unit_indicators (year, version, entity_code, unit_code, indicator_code, respondents,
                level_sum, lowest, highest)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The answers the snapshot's units were scored from, so findings never read data corrected after the decree. */
    private List<Object[]> indicatorRows(int year, int version, List<EntityResultDetail> sheet) {
        Map<String, Map<String, RecordedAnswers>> answered = answers.of(year, false);
        List<Object[]> rows = new ArrayList<>();
        for (EntityResultDetail detail : sheet) {
            Map<String, RecordedAnswers> units = answered.getOrDefault(detail.entity().entityCode(), Map.of());
            for (UnitResultRow unit : detail.units()) {
                RecordedAnswers unitAnswers = units.get(unit.unitCode());
                if (unitAnswers == null) {
                    continue;
                }
                unitAnswers.byIndicator().forEach((indicator, t) -> rows.add(new Object[] {year, version,
                        detail.entity().entityCode(), unit.unitCode(), indicator, t.respondents(), t.sum(), t.lowest(),
                        t.highest()}));
            }
        }
        return rows;
    }

    private static Object[] entityRow(int year, int version, EntityResultDetail detail, PreviousResult p) {
        EntityResultRow r = detail.entity();
        BigDecimal change = p == null || p.score() == null || r.score() == null ? null : r.score().subtract(p.score());
        return new Object[] {year, version, r.entityCode(), r.entityName(), r.type(), r.provinceCode(), r.score(),
                r.category(), r.opinion(), r.zone(), r.nationalRank(), r.provinceRank(), detail.units().size(),
                p == null ? null : p.year(), p == null ? null : p.score(), p == null ? null : p.category(),
                p == null ? null : p.zone(), p == null ? null : p.nationalRank(),
                p == null ? null : p.provinceRank(), change};
    }

    private Object[] unitRow(int year, int version, EntityResultDetail detail, UnitResultRow unit) {
        return new Object[] {year, version, detail.entity().entityCode(), unit.unitCode(), unit.name(), unit.kind(),
                unit.score(), unit.category(), unit.opinion(), unit.zone(),
                json.writeValueAsString(unit.dimensions()), json.writeValueAsString(detail.dimensionCodes()),
                unit.source()};
    }

    private static void requireHeadquarters(PatuhUser user) {
        if (user == null || !user.isAdmin()) {
            throw DomainException.forbidden("results.determination.headquartersOnly");
        }
    }
}
