package id.patuh.cycle;

import id.patuh.DomainException;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.MethodologySummary;
import id.patuh.registry.Entities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The assessment years and their loci. A year is opened once, under a methodology version that governs it. */
@Service
public class Cycles {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final Methodologies methodologies;
    private final Entities entities;
    private final ApplicationEventPublisher events;

    Cycles(JdbcClient jdbc, Methodologies methodologies, Entities entities, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.methodologies = methodologies;
        this.entities = entities;
        this.events = events;
    }

    public List<Cycle> all() {
        return jdbc.sql(SELECT + " order by year desc").query(Cycles::cycle).list();
    }

    public Optional<Cycle> find(int year) {
        return jdbc.sql(SELECT + " where year = ?").param(year).query(Cycles::cycle).optional();
    }

    public Cycle require(int year) {
        return find(year).orElseThrow(() -> DomainException.notFound("cycle.notFound", year));
    }

    /** The latest cycle before {@code year}: the comparison point for year-over-year change (2020 had none). */
    public Optional<Cycle> previous(int year) {
        return jdbc.sql(SELECT + " where year < ? order by year desc limit 1").param(year).query(Cycles::cycle).optional();
    }

    /**
     * Opens a year under a methodology version whose years cover it: results of different years stay comparable
     * only under the rules of their own year.
     */
    @Transactional
    public Cycle open(int year, String methodologyId) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalidField("year", "cycle.yearOutOfRange", year, FIRST_YEAR, LAST_YEAR);
        }
        if (methodologyId == null || methodologyId.isBlank()) {
            throw DomainException.invalidField("methodologyId", "cycle.methodologyRequired");
        }
        MethodologySummary methodology = methodologies.find(methodologyId)
                .orElseThrow(() -> DomainException.notFound("methodology.notFound", methodologyId));
        if (!methodology.years().covers(year)) {
            throw DomainException.invalidField("methodologyId", "cycle.methodologyNotForYear", methodologyId,
                    methodology.years().toString(), year);
        }
        int inserted = jdbc.sql("insert into cycles (year, methodology_id) values (?, ?) on conflict (year) do nothing")
                .params(year, methodologyId).update();
        if (inserted == 0) {
            throw DomainException.conflict("cycle.exists", year);
        }
        // Results must stay reproducible under the rules they were computed with: once a cycle uses a version, the
        // version is frozen (a change is made by cloning it).
        methodologies.lock(methodologyId, "cycle " + year);
        events.publishEvent(new CycleOpened(year, methodologyId));
        return require(year);
    }

    /** Adds a registered unit to a cycle's locus; adding it again changes nothing. */
    @Transactional
    public void joinLocus(int year, String entityCode, String unitCode) {
        boolean member = jdbc.sql("select exists (select 1 from cycle_units where year = ? and entity_code = ? and unit_code = ?)")
                .params(year, entityCode, unitCode).query(Boolean.class).single();
        if (member) {
            return; // the hot path of every autosave: nothing to check or write
        }
        require(year);
        entities.requireSummary(entityCode);
        if (!entities.hasUnit(entityCode, unitCode)) {
            throw DomainException.notFound("registry.unit.notFound", unitCode, entityCode);
        }
        jdbc.sql("insert into cycle_units (year, entity_code, unit_code) values (?, ?, ?) on conflict do nothing")
                .params(year, entityCode, unitCode).update();
    }

    /** The locus with each unit's entity type, province and kind, ordered by entity and unit code. */
    public List<LocusUnit> locus(int year) {
        return locus(year, null);
    }

    /** One entity's part of the locus (null: the whole locus). */
    public List<LocusUnit> locus(int year, String entityCode) {
        return jdbc.sql("""
                        select l.year, e.code as entity_code, e.name as entity_name, e.type, e.province_code,
                               u.code as unit_code, u.name as unit_name, u.kind
                        from cycle_units l
                        join entities e on e.code = l.entity_code
                        join service_units u on u.entity_code = l.entity_code and u.code = l.unit_code
                        where l.year = ? and (cast(? as text) is null or l.entity_code = ?)
                        order by e.code, u.code""")
                .params(year, entityCode, entityCode)
                .query((rs, n) -> new LocusUnit(rs.getInt("year"), rs.getString("entity_code"), rs.getString("entity_name"),
                        rs.getString("type"), rs.getString("province_code"), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getString("kind")))
                .list();
    }

    private static final String SELECT = "select year, methodology_id, created_at, determined_at from cycles";

    private static Cycle cycle(ResultSet rs, int row) throws SQLException {
        return new Cycle(rs.getInt("year"), rs.getString("methodology_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("determined_at", OffsetDateTime.class));
    }
}
