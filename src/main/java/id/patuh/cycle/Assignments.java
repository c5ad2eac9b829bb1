package id.patuh.cycle;

import id.patuh.DomainException;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.identity.StaffDirectory;
import id.patuh.identity.StaffMember;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.registry.RegionalOffices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who visits which locus unit. An office head assigns their own office's assessors to units of the office's
 * provinces; HQ assigns any assessor to any unit. A declared conflict of interest refuses the assignment; having had
 * the same unit in the previous cycle only warns (rotation is good practice, not a rule). Respondents are confirmed
 * with the unit ahead of the visit — the methodology asks for seven days.
 */
@Service
public class Assignments {

    /** Days before a visit by which respondents should be confirmed with the unit (domain.md §1). */
    static final int CONFIRMATION_DAYS_AHEAD = 7;
    static final int MAX_CONTACT = 200;

    private final JdbcClient jdbc;
    private final Cycles cycles;
    private final CyclePhases phases;
    private final ConflictsOfInterest conflicts;
    private final Entities entities;
    private final RegionalOffices offices;
    private final StaffDirectory staff;

    Assignments(JdbcClient jdbc, Cycles cycles, CyclePhases phases, ConflictsOfInterest conflicts, Entities entities,
                RegionalOffices offices, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.phases = phases;
        this.conflicts = conflicts;
        this.entities = entities;
        this.offices = offices;
        this.staff = staff;
    }

    /**
     * Assigns an assessor to a locus unit, replacing whoever had it; {@code visitDate} is kept when null. Warns when
     * the assessor had the same unit in the previous cycle, or when HQ picks an assessor whose office does not cover
     * the unit's province (their scope will not let them capture there).
     */
    @Transactional
    public AssignmentOutcome assign(PatuhUser actor, int year, String entityCode, String unitCode,
                                    String assessorUsername, LocalDate visitDate) {
        requireManager(actor);
        LocusEntry unit = requireUnitInScope(actor, year, entityCode, unitCode);
        phases.requireResultsOpen(year);
        StaffMember assessor = staff.find(assessorUsername).filter(StaffMember::activeAssessor)
                .orElseThrow(() -> DomainException.invalidField("assessor", "cycle.assignment.notAnAssessor",
                        assessorUsername == null ? "" : assessorUsername));
        if (actor.role() == Role.OFFICE_HEAD && !actor.officeCode().equals(assessor.officeCode())) {
            throw DomainException.forbidden("cycle.assignment.otherOffice", assessor.username(), assessor.officeCode());
        }
        if (conflicts.declared(assessor.id(), entityCode)) {
            throw DomainException.conflict("cycle.assignment.conflictOfInterest", assessor.displayName(),
                    unit.unit().entityName());
        }
        jdbc.sql("""
                        insert into assignments (year, entity_code, unit_code, assessor_id, assigned_by, visit_date)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (year, entity_code, unit_code) do update
                        set assessor_id = excluded.assessor_id, assigned_by = excluded.assigned_by, assigned_at = now(),
                            visit_date = coalesce(excluded.visit_date, assignments.visit_date)""")
                .params(year, entityCode, unitCode, assessor.id(), actor.username(), visitDate).update();
        List<AssignmentWarning> warnings = new ArrayList<>();
        cycles.previous(year).ifPresent(previous -> {
            boolean hadIt = jdbc.sql("select exists (select 1 from assignments where year = ? and entity_code = ? "
                            + "and unit_code = ? and assessor_id = ?)")
                    .params(previous.year(), entityCode, unitCode, assessor.id()).query(Boolean.class).single();
            if (hadIt) {
                warnings.add(AssignmentWarning.of("cycle.assignment.sameUnitLastYear", assessor.displayName(),
                        unitCode, unit.unit().entityName(), String.valueOf(previous.year())));
            }
        });
        String province = unit.unit().provinceCode();
        boolean assessorCovers = province != null && offices.find(assessor.officeCode())
                .map(o -> o.provinceCodes().contains(province)).orElse(false);
        if (!assessorCovers) {
            warnings.add(AssignmentWarning.of("cycle.assignment.outsideAssessorScope", assessor.displayName(),
                    assessor.officeCode(), unit.unit().entityName()));
        }
        return new AssignmentOutcome(assignedUnit(unit, year), warnings);
    }

    /** Leaves a unit without an assessor; its visit date and the respondents' confirmation go with the assignment. */
    @Transactional
    public void unassign(PatuhUser actor, int year, String entityCode, String unitCode) {
        requireManager(actor);
        requireUnitInScope(actor, year, entityCode, unitCode);
        phases.requireResultsOpen(year);
        jdbc.sql("delete from assignments where year = ? and entity_code = ? and unit_code = ?")
                .params(year, entityCode, unitCode).update();
    }

    /**
     * Records that the respondents were confirmed with the unit, with whom, and the visit date (kept when null).
     * The assigned assessor, the office head or HQ may record it; a confirmation less than seven days before the
     * visit is kept with a warning, since the visit may still go ahead.
     */
    @Transactional
    public AssignmentOutcome confirmRespondents(PatuhUser actor, int year, String entityCode, String unitCode,
                                                LocalDate confirmedOn, String contact, LocalDate visitDate) {
        cycles.require(year);
        Assignment current;
        LocusEntry unit;
        if (actor.role() == Role.ASSESSOR) {
            unit = requireLocusUnit(year, entityCode, unitCode);
            current = stored(year, entityCode, unitCode)
                    .filter(a -> a.assessor() != null && a.assessor().id() == actor.id())
                    .orElseThrow(() -> DomainException.forbidden("cycle.assignment.notYours", unitCode, entityCode));
        } else {
            requireManager(actor);
            unit = requireUnitInScope(actor, year, entityCode, unitCode);
            current = stored(year, entityCode, unitCode)
                    .orElseThrow(() -> DomainException.conflict("cycle.assignment.none", unitCode, entityCode));
        }
        phases.requireResultsOpen(year);
        if (confirmedOn == null) {
            throw DomainException.invalidField("confirmedOn", "cycle.assignment.confirmedOnRequired");
        }
        if (confirmedOn.isAfter(phases.today())) {
            throw DomainException.invalidField("confirmedOn", "cycle.assignment.confirmedInFuture", confirmedOn.toString());
        }
        String cleanContact = contact == null ? "" : contact.strip();
        if (cleanContact.isEmpty() || cleanContact.length() > MAX_CONTACT) {
            throw DomainException.invalidField("contact", "cycle.assignment.contactRequired", MAX_CONTACT);
        }
        LocalDate visit = visitDate != null ? visitDate : current.visitDate();
        if (visit == null) {
            throw DomainException.invalidField("visitDate", "cycle.assignment.visitDateRequired");
        }
        jdbc.sql("""
                        update assignments set respondents_confirmed_on = ?, respondents_contact = ?,
                               respondents_confirmed_by = ?, visit_date = ?
                        where year = ? and entity_code = ? and unit_code = ?""")
                .params(confirmedOn, cleanContact, actor.username(), visit, year, entityCode, unitCode).update();
        List<AssignmentWarning> warnings = new ArrayList<>();
        long daysAhead = ChronoUnit.DAYS.between(confirmedOn, visit);
        if (daysAhead < 0) {
            warnings.add(AssignmentWarning.of("cycle.assignment.confirmedAfterVisit", visit.toString(),
                    String.valueOf(CONFIRMATION_DAYS_AHEAD)));
        } else if (daysAhead < CONFIRMATION_DAYS_AHEAD) {
            warnings.add(AssignmentWarning.of("cycle.assignment.lateConfirmation", String.valueOf(daysAhead),
                    visit.toString(), String.valueOf(CONFIRMATION_DAYS_AHEAD)));
        }
        return new AssignmentOutcome(assignedUnit(unit, year), warnings);
    }

    /**
     * The workload view: locus units in an office's provinces with their assessors, and per assessor the units they
     * carry (the office's enabled assessors, with none if so, and anyone else assigned there). An office head sees
     * their own office; HQ any office, or the whole locus with {@code officeCode} null.
     */
    public Workload workload(PatuhUser viewer, int year, String officeCode) {
        requireManager(viewer);
        cycles.require(year);
        String office = officeCode == null || officeCode.isBlank() ? (viewer.isAdmin() ? null : viewer.officeCode())
                : officeCode.trim();
        if (!viewer.isAdmin() && !viewer.officeCode().equals(office)) {
            throw DomainException.forbidden("cycle.assignment.otherOfficeWorkload", office);
        }
        Set<String> provinces = office == null ? null : Set.copyOf(offices.require(office).provinceCodes());
        Map<String, Assignment> assigned = storedByUnit(year);
        Map<Long, Set<String>> declared = declaredConflicts(assigned.values());
        List<AssignedUnit> units = cycles.locusEntries(year, null).stream()
                // Ministries and agencies have no province: they are HQ's, never in an office's view.
                .filter(e -> provinces == null || e.unit().provinceCode() != null && provinces.contains(e.unit().provinceCode()))
                .map(e -> assignedUnit(e, assigned.get(Cycles.key(e.unit().entityCode(), e.unit().unitCode())), declared))
                .toList();
        Map<Long, StaffMember> assessors = new LinkedHashMap<>();
        staff.assessors(office).forEach(a -> assessors.put(a.id(), a));
        units.stream().filter(AssignedUnit::assigned).map(u -> u.assignment().assessor())
                .sorted(Comparator.comparing(StaffMember::displayName))
                .forEach(a -> assessors.putIfAbsent(a.id(), a));
        List<Workload.AssessorLoad> loads = assessors.values().stream()
                .map(a -> new Workload.AssessorLoad(a, units.stream()
                        .filter(u -> u.assigned() && u.assignment().assessor().id() == a.id()).toList()))
                .toList();
        return new Workload(year, office, units, loads);
    }

    /** An assessor's own assignments, newest cycle first (one cycle when {@code year} is given). */
    public List<AssignedUnit> ofAssessor(PatuhUser assessor, Integer year) {
        if (year != null) {
            cycles.require(year);
        }
        List<Assignment> mine = jdbc.sql(SELECT + " where assessor_id = ? and (cast(? as int) is null or year = ?) "
                        + "order by year desc, entity_code, unit_code")
                .params(assessor.id(), year, year).query(this::row).list();
        Map<Long, StaffMember> people = staff.byIds(Set.of(assessor.id()));
        Map<Long, Set<String>> declared = Map.of(assessor.id(), conflicts.of(assessor.id()).stream()
                .map(ConflictOfInterest::entityCode).collect(Collectors.toSet()));
        Map<String, List<LocusEntry>> loci = new LinkedHashMap<>();
        List<AssignedUnit> units = new ArrayList<>();
        for (Assignment a : mine) {
            LocusEntry entry = loci.computeIfAbsent(a.year() + "|" + a.entityCode(),
                            k -> cycles.locusEntries(a.year(), a.entityCode())).stream()
                    .filter(e -> e.unit().unitCode().equals(a.unitCode())).findFirst().orElseThrow();
            units.add(assignedUnit(entry, withAssessor(a, people), declared));
        }
        return units;
    }

    private AssignedUnit assignedUnit(LocusEntry entry, int year) {
        Optional<Assignment> assignment = stored(year, entry.unit().entityCode(), entry.unit().unitCode());
        return assignedUnit(entry, assignment.orElse(null), declaredConflicts(assignment.stream().toList()));
    }

    private static AssignedUnit assignedUnit(LocusEntry entry, Assignment assignment, Map<Long, Set<String>> declared) {
        boolean conflict = assignment != null && assignment.assessor() != null
                && declared.getOrDefault(assignment.assessor().id(), Set.of())
                .contains(entry.unit().entityCode());
        return new AssignedUnit(entry, assignment, conflict);
    }

    /** Declared conflicts of the assessors of these assignments: entity codes keyed by the assessor's id. */
    private Map<Long, Set<String>> declaredConflicts(Collection<Assignment> assignments) {
        Map<Long, Set<String>> declared = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        assignments.stream().filter(a -> a.assessor() != null).forEach(a -> ids.add(a.assessor().id()));
        if (!ids.isEmpty()) {
            jdbc.sql("select user_id, entity_code from conflicts_of_interest where user_id in (:ids)")
                    .param("ids", List.copyOf(ids))
                    .query(rs -> {
                        declared.computeIfAbsent(rs.getLong("user_id"), k -> new HashSet<>())
                                .add(rs.getString("entity_code"));
                    });
        }
        return declared;
    }

    private Optional<Assignment> stored(int year, String entityCode, String unitCode) {
        return jdbc.sql(SELECT + " where year = ? and entity_code = ? and unit_code = ?")
                .params(year, entityCode, unitCode).query(this::row).optional()
                .map(a -> withAssessor(a, staff.byIds(Set.of(a.assessor().id()))));
    }

    private Map<String, Assignment> storedByUnit(int year) {
        List<Assignment> rows = jdbc.sql(SELECT + " where year = ?").param(year).query(this::row).list();
        Map<Long, StaffMember> people = staff.byIds(rows.stream().map(a -> a.assessor().id()).collect(Collectors.toSet()));
        Map<String, Assignment> byUnit = new LinkedHashMap<>();
        rows.forEach(a -> byUnit.put(Cycles.key(a.entityCode(), a.unitCode()), withAssessor(a, people)));
        return byUnit;
    }

    /** Puts the account in place of the id-only placeholder a row is read with. */
    private static Assignment withAssessor(Assignment a, Map<Long, StaffMember> people) {
        StaffMember assessor = people.getOrDefault(a.assessor().id(), a.assessor());
        return new Assignment(a.year(), a.entityCode(), a.unitCode(), assessor, a.assignedBy(), a.assignedAt(),
                a.visitDate(), a.respondentsConfirmedOn(), a.respondentsContact(), a.respondentsConfirmedBy());
    }

    private static void requireManager(PatuhUser user) {
        if (!user.isAdmin() && user.role() != Role.OFFICE_HEAD) {
            throw DomainException.forbidden("identity.forbidden");
        }
    }

    /** The unit must lie in the actor's provinces (403 outside them) and be in the cycle's locus. */
    private LocusEntry requireUnitInScope(PatuhUser actor, int year, String entityCode, String unitCode) {
        cycles.require(year);
        Entity entity = entities.require(entityCode);
        entities.requireUnit(entityCode, unitCode);
        String province = entity.province() == null ? null : entity.province().code();
        if (!actor.coversEntity(entityCode, province)) {
            throw DomainException.forbidden("cycle.assignment.outOfScope", unitCode, entity.name());
        }
        return requireLocusUnit(year, entityCode, unitCode);
    }

    private LocusEntry requireLocusUnit(int year, String entityCode, String unitCode) {
        entities.requireUnit(entityCode, unitCode);
        return cycles.locusEntries(year, entityCode).stream().filter(e -> e.unit().unitCode().equals(unitCode))
                .findFirst()
                .orElseThrow(() -> DomainException.conflict("cycle.assignment.notInLocus", unitCode, entityCode, year));
    }

    private static final String SELECT = """
            select year, entity_code, unit_code, assessor_id, assigned_by, assigned_at, visit_date,
                   respondents_confirmed_on, respondents_contact, respondents_confirmed_by
            from assignments""";

    private Assignment row(ResultSet rs, int n) throws SQLException {
        // The account is filled in afterwards, in one look-up for all rows (see withAssessor).
        StaffMember placeholder = new StaffMember(rs.getLong("assessor_id"), null, null, Role.ASSESSOR, null, false);
        return new Assignment(rs.getInt("year"), rs.getString("entity_code"), rs.getString("unit_code"), placeholder,
                rs.getString("assigned_by"), rs.getObject("assigned_at", OffsetDateTime.class),
                rs.getObject("visit_date", LocalDate.class), rs.getObject("respondents_confirmed_on", LocalDate.class),
                rs.getString("respondents_contact"), rs.getString("respondents_confirmed_by"));
    }
}
