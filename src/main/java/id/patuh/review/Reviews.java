package id.patuh.review;

import id.patuh.DomainException;
import id.patuh.cycle.CyclePhases;
import id.patuh.cycle.ConflictsOfInterest;
import id.patuh.cycle.Cycles;
import id.patuh.fieldwork.CaptureGate;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entity;
import id.patuh.registry.Entities;
import id.patuh.registry.Province;
import id.patuh.registry.Provinces;
import id.patuh.registry.RegionalOffices;
import id.patuh.results.DeterminationGate;
import id.patuh.results.UnitNotReady;
import id.patuh.results.CycleResults;
import id.patuh.results.UnitResultRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verification workflow of a unit: the assessor submits a complete unit, the office head verifies it or returns
 * it with a reason per item, headquarters verifies the whole entity. Submitted and verified units are locked for
 * assessors; headquarters may still correct until central verification.
 */
@Service
public class Reviews implements CaptureGate, DeterminationGate {

    /** The item that stands for the unit as a whole in a return. */
    public static final String WHOLE_UNIT = "UNIT";

    private final JdbcClient jdbc;
    private final Cycles cycles;
    private final Entities entities;
    private final Provinces provinces;
    private final RegionalOffices offices;
    private final Methodologies methodologies;
    private final CycleResults results;
    private final ApplicationEventPublisher events;
    private final ConflictsOfInterest conflicts;
    private final CyclePhases phases;

    Reviews(JdbcClient jdbc, Cycles cycles, Entities entities, Provinces provinces, RegionalOffices offices,
            Methodologies methodologies, CycleResults results, ApplicationEventPublisher events, CyclePhases phases,
            ConflictsOfInterest conflicts) {
        this.conflicts = conflicts;
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.entities = entities;
        this.provinces = provinces;
        this.offices = offices;
        this.methodologies = methodologies;
        this.results = results;
        this.events = events;
        this.phases = phases;
    }

    /**
     * The locus units whose data is not verified: a determination needs every unit verified by its office (or HQ), or
     * scored directly (history and imports have nothing to verify) — and every entity clarification on it decided.
     */
    @Override
    public List<UnitNotReady> unverifiedUnits(int year) {
        List<UnitNotReady> unverified = jdbc.sql("""
                        select entity_code, unit_code, status from (
                            select cu.entity_code, cu.unit_code, coalesce(r.status,
                                case when exists (select 1 from answers a where a.year = cu.year and a.entity_code = cu.entity_code and a.unit_code = cu.unit_code) then 'IN_PROGRESS'
                                     when exists (select 1 from direct_unit_scores d where d.year = cu.year and d.entity_code = cu.entity_code and d.unit_code = cu.unit_code) then 'RECORDED_DIRECTLY'
                                     else 'NOT_STARTED' end) as status
                            from cycle_units cu
                            left join unit_reviews r on r.year = cu.year and r.entity_code = cu.entity_code and r.unit_code = cu.unit_code
                            where cu.year = ?) s
                        where status not in ('VERIFIED', 'CENTRALLY_VERIFIED', 'RECORDED_DIRECTLY')
                        order by entity_code, unit_code""")
                .param(year)
                .query((rs, n) -> new UnitNotReady(rs.getString(1), rs.getString(2), "UNVERIFIED", rs.getString(3)))
                .list();
        // An entity's clarification still waiting for its decision would be left undecided by the decree.
        List<UnitNotReady> waiting = jdbc.sql("""
                        select distinct entity_code, unit_code from clarifications where year = ? and status = 'OPEN'
                        order by entity_code, unit_code""")
                .param(year)
                .query((rs, n) -> new UnitNotReady(rs.getString(1), rs.getString(2), "OPEN_CLARIFICATION", "OPEN"))
                .list();
        if (waiting.isEmpty()) {
            return unverified;
        }
        List<UnitNotReady> all = new ArrayList<>(unverified);
        all.addAll(waiting);
        return all;
    }

    /** One query: asked on every autosave (through the capture gate). */
    public UnitStatus status(int year, String entityCode, String unitCode) {
        return UnitStatus.valueOf(jdbc.sql("""
                        select coalesce(
                            (select status from unit_reviews where year = ? and entity_code = ? and unit_code = ?),
                            case when exists (select 1 from answers where year = ? and entity_code = ? and unit_code = ?) then 'IN_PROGRESS'
                                 when exists (select 1 from direct_unit_scores where year = ? and entity_code = ? and unit_code = ?) then 'RECORDED_DIRECTLY'
                                 else 'NOT_STARTED' end)""")
                .params(year, entityCode, unitCode, year, entityCode, unitCode, year, entityCode, unitCode)
                .query(String.class).single());
    }

    /** The unit's review as {@code viewer} may see it: their scope must cover the unit. */
    public UnitReview review(PatuhUser viewer, int year, String entityCode, String unitCode) {
        requireScope(viewer, year, entityCode, unitCode);
        return new UnitReview(year, entityCode, unitCode, status(year, entityCode, unitCode),
                returns(year, entityCode, unitCode));
    }

    @Transactional
    public UnitReview submit(PatuhUser assessor, int year, String entityCode, String unitCode) {
        requireRole(assessor, Role.ASSESSOR);
        requireScope(assessor, year, entityCode, unitCode);
        UnitStatus from = lockedStatus(year, entityCode, unitCode);
        requirePhaseFor(year, from, assessor.isAdmin());
        if (from == UnitStatus.NOT_STARTED || from == UnitStatus.RECORDED_DIRECTLY) {
            throw DomainException.conflict("review.nothingCaptured", unitCode);
        }
        if (!from.openToAssessors()) {
            throw DomainException.conflict("review.wrongStatus", unitCode, from);
        }
        UnitResultRow live = results.unit(year, entityCode, unitCode);
        if (!live.complete()) {
            throw DomainException.conflict("review.incomplete", unitCode, live.missing().size());
        }
        jdbc.sql("update review_returns set resolved_at = now() where year = ? and entity_code = ? and unit_code = ? "
                + "and resolved_at is null").params(year, entityCode, unitCode).update();
        return move(assessor, year, entityCode, unitCode, from, UnitStatus.SUBMITTED, List.of());
    }

    @Transactional
    public UnitReview verify(PatuhUser head, int year, String entityCode, String unitCode) {
        requireRole(head, Role.OFFICE_HEAD);
        requireScope(head, year, entityCode, unitCode);
        phases.requireResultsOpen(year);
        UnitStatus from = lockedStatus(year, entityCode, unitCode);
        if (from != UnitStatus.SUBMITTED) {
            throw DomainException.conflict("review.wrongStatus", unitCode, from);
        }
        return move(head, year, entityCode, unitCode, from, UnitStatus.VERIFIED, List.of());
    }

    /** Returns a submitted unit; every item needs its reason, and items are indicators of the cycle or "UNIT". */
    @Transactional
    public UnitReview returnUnit(PatuhUser head, int year, String entityCode, String unitCode, Map<String, String> reasons) {
        requireRole(head, Role.OFFICE_HEAD);
        requireScope(head, year, entityCode, unitCode);
        phases.requireResultsOpen(year);
        if (reasons == null || reasons.isEmpty()) {
            throw DomainException.invalidField("items", "review.reasonRequired");
        }
        Methodology methodology = methodologies.require(cycles.require(year).methodologyId());
        for (Map.Entry<String, String> reason : reasons.entrySet()) {
            if (!WHOLE_UNIT.equals(reason.getKey()) && methodology.indicator(reason.getKey()).isEmpty()) {
                throw DomainException.invalidField("items", "review.unknownItem", reason.getKey());
            }
            if (reason.getValue() == null || reason.getValue().isBlank() || reason.getValue().length() > 2000) {
                throw DomainException.invalidField("items." + reason.getKey(), "review.reasonRequired");
            }
        }
        UnitStatus from = lockedStatus(year, entityCode, unitCode);
        if (from != UnitStatus.SUBMITTED) {
            throw DomainException.conflict("review.wrongStatus", unitCode, from);
        }
        List<String> lines = new ArrayList<>();
        reasons.forEach((item, reason) -> {
            jdbc.sql("insert into review_returns (year, entity_code, unit_code, item, reason, returned_by) values (?, ?, ?, ?, ?, ?)")
                    .params(year, entityCode, unitCode, item, reason.strip(), head.username()).update();
            lines.add(item + ": " + reason.strip());
        });
        return move(head, year, entityCode, unitCode, from, UnitStatus.RETURNED, lines);
    }

    /** Headquarters verifies an entity once every captured unit of it is verified by its office. */
    @Transactional
    public List<UnitReview> verifyCentrally(PatuhUser headquarters, int year, String entityCode) {
        requireRole(headquarters, Role.ADMIN);
        phases.requireResultsOpen(year);
        List<String> units = cycles.locus(year, entityCode).stream().map(u -> u.unitCode()).toList();
        if (units.isEmpty()) {
            throw DomainException.notFound("results.entityNotInCycle", entityCode, year);
        }
        List<String> waiting = new ArrayList<>();
        Map<String, UnitStatus> statuses = new LinkedHashMap<>();
        for (String unit : units) {
            UnitStatus status = lockedStatus(year, entityCode, unit);
            statuses.put(unit, status);
            if (status != UnitStatus.VERIFIED && status != UnitStatus.RECORDED_DIRECTLY && status != UnitStatus.CENTRALLY_VERIFIED) {
                waiting.add(unit + " (" + status + ")");
            }
        }
        if (!waiting.isEmpty()) {
            throw DomainException.conflict("review.entityNotReady", entityCode, String.join(", ", waiting));
        }
        List<UnitReview> reviews = new ArrayList<>();
        statuses.forEach((unit, status) -> {
            if (status == UnitStatus.VERIFIED) {
                reviews.add(move(headquarters, year, entityCode, unit, status, UnitStatus.CENTRALLY_VERIFIED, List.of()));
            }
        });
        return reviews;
    }

    /** The phase first (it decides for every unit at once), then the unit's own status. */
    @Override
    public void requireEditable(int year, String entityCode, String unitCode, boolean headquarters) {
        if (headquarters && phases.reopenedForCorrection(year)) {
            // An erratum corrects verified data: the workflow's locks would leave nothing correctable.
            return;
        }
        UnitStatus status = status(year, entityCode, unitCode);
        requirePhaseFor(year, status, headquarters);
        if (headquarters ? status == UnitStatus.CENTRALLY_VERIFIED : !status.openToAssessors()) {
            throw DomainException.conflict("review.locked", unitCode, status);
        }
    }

    @Override
    public void requireCorrectable(int year, String entityCode, String unitCode) {
        phases.requireResultsOpen(year);
        if (phases.reopenedForCorrection(year)) {
            return;
        }
        UnitStatus status = status(year, entityCode, unitCode);
        if (status == UnitStatus.CENTRALLY_VERIFIED) {
            throw DomainException.conflict("review.locked", unitCode, status);
        }
    }

    /**
     * A clarification decision changes an answer until the cycle is determined, whatever the unit's status or the
     * timeline: an open clarification holds the determination back, so it must stay decidable until then.
     */
    @Override
    public void requireClarifiable(int year, String entityCode, String unitCode) {
        phases.requireUndetermined(year);
    }

    /**
     * Capture follows the phase (data collection; HQ also verification) — except that a unit the office returned can be
     * corrected and resubmitted until determination begins, or a return during verification would leave it stuck.
     */
    private void requirePhaseFor(int year, UnitStatus status, boolean headquarters) {
        if (status == UnitStatus.RETURNED) {
            phases.requireResultsOpen(year);
        } else {
            phases.requireCaptureOpen(year, headquarters);
        }
    }

    /** Units per province and status in a cycle, for the provinces {@code viewer} covers (all for headquarters). */
    public List<ProvinceProgress> progress(PatuhUser viewer, int year) {
        cycles.require(year);
        Map<String, Map<UnitStatus, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select coalesce(e.province_code, '') as province,
                               coalesce(r.status,
                                   case when exists (select 1 from answers a where a.year = l.year and a.entity_code = l.entity_code and a.unit_code = l.unit_code) then 'IN_PROGRESS'
                                        when exists (select 1 from direct_unit_scores d where d.year = l.year and d.entity_code = l.entity_code and d.unit_code = l.unit_code) then 'RECORDED_DIRECTLY'
                                        else 'NOT_STARTED' end) as status,
                               count(*) as units
                        from cycle_units l
                        join entities e on e.code = l.entity_code
                        left join unit_reviews r on r.year = l.year and r.entity_code = l.entity_code and r.unit_code = l.unit_code
                        where l.year = ?
                        group by 1, 2 order by 1""")
                .param(year)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("province"), k -> new EnumMap<>(UnitStatus.class))
                            .put(UnitStatus.valueOf(rs.getString("status")), rs.getLong("units"));
                });
        Map<String, String> names = new LinkedHashMap<>();
        provinces.all().forEach(p -> names.put(p.code(), p.name()));
        List<ProvinceProgress> progress = new ArrayList<>();
        counts.forEach((province, byStatus) -> {
            boolean central = province.isEmpty();
            if (central ? viewer.isAdmin() : viewer.coversProvince(province)) {
                progress.add(new ProvinceProgress(central ? null : province, central ? null : names.get(province),
                        central ? null : offices.coveringProvince(province).map(o -> o.code()).orElse(null), byStatus));
            }
        });
        return progress;
    }

    private UnitReview move(PatuhUser actor, int year, String entityCode, String unitCode, UnitStatus from,
                            UnitStatus to, List<String> reasons) {
        jdbc.sql("""
                        insert into unit_reviews (year, entity_code, unit_code, status, changed_by) values (?, ?, ?, ?, ?)
                        on conflict (year, entity_code, unit_code) do update
                        set status = excluded.status, changed_by = excluded.changed_by, changed_at = now()""")
                .params(year, entityCode, unitCode, to.name(), actor.username()).update();
        events.publishEvent(new UnitReviewChanged(year, entityCode, unitCode, from, to, actor.username(), reasons));
        return new UnitReview(year, entityCode, unitCode, to, returns(year, entityCode, unitCode));
    }

    /** The status under a row lock, so two decisions on one unit are taken one after the other. */
    private UnitStatus lockedStatus(int year, String entityCode, String unitCode) {
        return jdbc.sql("select status from unit_reviews where year = ? and entity_code = ? and unit_code = ? for update")
                .params(year, entityCode, unitCode).query(String.class).optional().map(UnitStatus::valueOf)
                .orElseGet(() -> derivedStatus(year, entityCode, unitCode));
    }

    private UnitStatus derivedStatus(int year, String entityCode, String unitCode) {
        boolean answered = jdbc.sql("select exists (select 1 from answers where year = ? and entity_code = ? and unit_code = ?)")
                .params(year, entityCode, unitCode).query(Boolean.class).single();
        if (answered) {
            return UnitStatus.IN_PROGRESS;
        }
        boolean direct = jdbc.sql("select exists (select 1 from direct_unit_scores where year = ? and entity_code = ? and unit_code = ?)")
                .params(year, entityCode, unitCode).query(Boolean.class).single();
        return direct ? UnitStatus.RECORDED_DIRECTLY : UnitStatus.NOT_STARTED;
    }

    private List<ReturnedItem> returns(int year, String entityCode, String unitCode) {
        return jdbc.sql("""
                        select item, reason, returned_by, returned_at, resolved_at from review_returns
                        where year = ? and entity_code = ? and unit_code = ? order by returned_at desc, id desc""")
                .params(year, entityCode, unitCode)
                .query((rs, n) -> new ReturnedItem(rs.getString("item"), rs.getString("reason"), rs.getString("returned_by"),
                        rs.getObject("returned_at", OffsetDateTime.class), rs.getObject("resolved_at") != null))
                .list();
    }

    /** Headquarters may act in every role; others only in their own. */
    private static void requireRole(PatuhUser user, Role role) {
        if (!user.isAdmin() && user.role() != role) {
            throw DomainException.forbidden("identity.forbidden");
        }
    }

    /** The unit must be in the cycle's locus and inside the user's scope; outside it is a 403, as the issue asks. */
    public void requireScope(PatuhUser user, int year, String entityCode, String unitCode) {
        cycles.require(year);
        Entity entity = entities.require(entityCode);
        entities.requireUnit(entityCode, unitCode);
        String province = Optional.ofNullable(entity.province()).map(Province::code).orElse(null);
        if (!user.coversUnit(entityCode, unitCode, province)) {
            throw DomainException.forbidden("review.outOfScope", unitCode, entityCode);
        }
        if (user.role() == Role.ASSESSOR && conflicts.declared(user.id(), entityCode)) {
            throw DomainException.forbidden("review.conflictOfInterest", entityCode);
        }
    }
}
