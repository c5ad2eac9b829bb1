package id.patuh.cycle;

import id.patuh.DomainException;
import id.patuh.methodology.Methodologies;
import id.patuh.methodology.MethodologySummary;
import id.patuh.registry.Entities;
import id.patuh.registry.ServiceProduct;
import id.patuh.registry.ServiceUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assessment years and their loci: the units assessed and, per unit, the service products observed. A year is
 * opened once, under a methodology version that governs it.
 */
@Service
public class Cycles {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2100;
    /** The methodology observes two service products per unit (domain.md §2). */
    static final int OBSERVED_PRODUCTS = 2;

    private final JdbcClient jdbc;
    private final Methodologies methodologies;
    private final Entities entities;
    private final ApplicationEventPublisher events;
    private final CyclePhases phases;

    Cycles(JdbcClient jdbc, Methodologies methodologies, Entities entities, ApplicationEventPublisher events,
           CyclePhases phases) {
        this.jdbc = jdbc;
        this.methodologies = methodologies;
        this.entities = entities;
        this.events = events;
        this.phases = phases;
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

    /**
     * Freezes a cycle's data once its results are determined: answers, evidence and recorded scores are refused from
     * now on (until a correction reopens it).
     */
    @Transactional
    public void markDetermined(int year) {
        require(year);
        jdbc.sql("update cycles set determined_at = now(), reopened_reason = null where year = ?").param(year).update();
    }

    /**
     * The cycle, for a write that moves a score: refused once determined. The row is share-locked until the write commits,
     * so a determination (which locks it for update) waits for writes in flight and writes after it see it.
     */
    public Cycle requireUndetermined(int year) {
        Cycle cycle = jdbc.sql(SELECT + " where year = ? for share").param(year).query(Cycles::cycle).optional()
                .orElseThrow(() -> DomainException.notFound("cycle.notFound", year));
        if (cycle.determined()) {
            throw DomainException.conflict("results.cycleDetermined", year);
        }
        return cycle;
    }

    /** Reopens a determined cycle so that HQ can correct its data for an erratum; the published snapshot stays. */
    @Transactional
    public void reopenForCorrection(int year, String reason) {
        Cycle cycle = require(year);
        if (!cycle.determined()) {
            throw DomainException.conflict("cycle.notDetermined", year);
        }
        jdbc.sql("update cycles set determined_at = null, reopened_reason = ? where year = ?").params(reason, year).update();
    }

    /** Why a determined cycle was reopened, while it waits for its corrected version. */
    public Optional<String> reopenedReason(int year) {
        return jdbc.sql("select reopened_reason from cycles where year = ?").param(year)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(reason -> reason);
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

    /** HQ adds a unit to the locus; refused once determination has begun, when the locus is fixed. */
    @Transactional
    public void addToLocus(int year, String entityCode, String unitCode) {
        require(year);
        phases.requireResultsOpen(year);
        joinLocus(year, entityCode, unitCode);
    }

    /**
     * Chooses the products observed in a unit: exactly two of the unit's registered products, or all of them when
     * it has fewer. The unit joins the locus; a previous choice is replaced.
     */
    @Transactional
    public LocusEntry chooseProducts(int year, String entityCode, String unitCode, List<String> productCodes,
                                     String chosenBy) {
        require(year);
        phases.requireResultsOpen(year);
        ServiceUnit unit = entities.requireUnit(entityCode, unitCode);
        if (productCodes == null) {
            throw DomainException.invalidField("products", "cycle.locus.productsRequired");
        }
        Set<String> registered = unit.products().stream().map(ServiceProduct::code).collect(Collectors.toSet());
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < productCodes.size(); i++) {
            String code = productCodes.get(i) == null ? "" : productCodes.get(i).trim();
            if (!registered.contains(code)) {
                throw DomainException.invalidField("products[" + i + "]", "cycle.locus.productNotOfUnit", code,
                        unitCode, entityCode);
            }
            if (!chosen.add(code)) {
                throw DomainException.invalidField("products[" + i + "]", "cycle.locus.productTwice", code);
            }
        }
        int expected = Math.min(OBSERVED_PRODUCTS, registered.size());
        if (chosen.size() != expected) {
            throw DomainException.invalidField("products", "cycle.locus.productCount", expected, unitCode,
                    registered.size());
        }
        joinLocus(year, entityCode, unitCode);
        jdbc.sql("delete from cycle_unit_products where year = ? and entity_code = ? and unit_code = ?")
                .params(year, entityCode, unitCode).update();
        for (String code : chosen) {
            jdbc.sql("insert into cycle_unit_products (year, entity_code, unit_code, product_code, chosen_by) values (?, ?, ?, ?, ?)")
                    .params(year, entityCode, unitCode, code, chosenBy).update();
        }
        return locusEntries(year, entityCode).stream().filter(e -> e.unit().unitCode().equals(unitCode)).findFirst()
                .orElseThrow();
    }

    /** One entity's part of the locus (null: the whole locus) with the products observed in each unit. */
    /** The products observed in a unit this cycle: HQ's choice, else the unit's first two registered products. */
    public List<String> observedProductCodes(int year, String entityCode, String unitCode) {
        List<String> chosen = observedProducts(year, entityCode).getOrDefault(unitCode, List.of()).stream()
                .map(id.patuh.registry.ServiceProduct::code).toList();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        return entities.requireUnit(entityCode, unitCode).products().stream().limit(2)
                .map(id.patuh.registry.ServiceProduct::code).toList();
    }

    public List<LocusEntry> locusEntries(int year, String entityCode) {
        require(year);
        Map<String, List<ServiceProduct>> observed = observedProducts(year, entityCode);
        return locus(year, entityCode).stream()
                .map(u -> new LocusEntry(u, observed.getOrDefault(key(u.entityCode(), u.unitCode()), List.of())))
                .toList();
    }

    /** The products observed per unit, keyed by {@link #key}, ordered by product code. */
    Map<String, List<ServiceProduct>> observedProducts(int year, String entityCode) {
        Map<String, List<ServiceProduct>> observed = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.entity_code, c.unit_code, p.code, p.name
                        from cycle_unit_products c
                        join service_products p on p.entity_code = c.entity_code and p.unit_code = c.unit_code and p.code = c.product_code
                        where c.year = ? and (cast(? as text) is null or c.entity_code = ?)
                        order by c.entity_code, c.unit_code, p.code""")
                .params(year, entityCode, entityCode)
                .query(rs -> {
                    observed.computeIfAbsent(key(rs.getString("entity_code"), rs.getString("unit_code")),
                            k -> new ArrayList<>()).add(new ServiceProduct(rs.getString("code"), rs.getString("name")));
                });
        return observed;
    }

    /** A unit's key in maps over a locus. */
    static String key(String entityCode, String unitCode) {
        return entityCode + "|" + unitCode;
    }

    /**
     * Copies an earlier year's locus: its units that are still registered, and each unit's product choice where this
     * year has none yet. Running it again adds nothing; units already here are reported, not changed.
     */
    @Transactional
    public LocusCopied copyLocus(int year, int fromYear, String copiedBy) {
        require(year);
        require(fromYear);
        if (fromYear >= year) {
            throw DomainException.invalidField("fromYear", "cycle.locus.copyFromEarlier", fromYear, year);
        }
        phases.requireResultsOpen(year);
        List<LocusCopied.SkippedUnit> skipped = jdbc.sql("""
                        select l.entity_code, l.unit_code,
                               case when t.unit_code is not null then 'ALREADY_IN_LOCUS' else 'NOT_REGISTERED' end as reason
                        from cycle_units l
                        left join cycle_units t on t.year = ? and t.entity_code = l.entity_code and t.unit_code = l.unit_code
                        where l.year = ?
                          and (t.unit_code is not null
                               or not exists (select 1 from service_units u where u.entity_code = l.entity_code and u.code = l.unit_code))
                        order by l.entity_code, l.unit_code""")
                .params(year, fromYear)
                .query((rs, n) -> new LocusCopied.SkippedUnit(rs.getString("entity_code"), rs.getString("unit_code"),
                        LocusCopied.Reason.valueOf(rs.getString("reason"))))
                .list();
        int units = jdbc.sql("""
                        insert into cycle_units (year, entity_code, unit_code)
                        select ?, l.entity_code, l.unit_code
                        from cycle_units l join service_units u on u.entity_code = l.entity_code and u.code = l.unit_code
                        where l.year = ?
                        on conflict do nothing""")
                .params(year, fromYear).update();
        // The statement sees this year's choices as they were before it ran, so a unit gets all of the earlier
        // year's products or none: a choice already made this year is never mixed with the copy.
        int products = jdbc.sql("""
                        insert into cycle_unit_products (year, entity_code, unit_code, product_code, chosen_by)
                        select t.year, c.entity_code, c.unit_code, c.product_code, ?
                        from cycle_unit_products c
                        join service_products p on p.entity_code = c.entity_code and p.unit_code = c.unit_code and p.code = c.product_code
                        join cycle_units t on t.year = ? and t.entity_code = c.entity_code and t.unit_code = c.unit_code
                        where c.year = ?
                          and not exists (select 1 from cycle_unit_products x
                                          where x.year = t.year and x.entity_code = c.entity_code and x.unit_code = c.unit_code)""")
                .params(copiedBy, year, fromYear).update();
        return new LocusCopied(year, fromYear, units, products, List.copyOf(skipped));
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
                        where l.year = ?""" + (entityCode == null ? " " : " and l.entity_code = ? ") + """
                        order by e.code, u.code""")
                .params(entityCode == null ? new Object[]{year} : new Object[]{year, entityCode})
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
