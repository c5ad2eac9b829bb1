package id.patuh.improvement;

import id.patuh.DomainException;
import id.patuh.identity.PatuhUser;
import id.patuh.registry.Entities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each unit's 14 standard components as its coordinator or operator records them: published where, reviewed when. */
@Service
public class StandardComponents {

    static final int WHERE_MAX = 300;

    private final JdbcClient jdbc;
    private final Entities entities;
    private final Clock clock;

    StandardComponents(JdbcClient jdbc, Entities entities, Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.clock = clock;
    }

    /** The unit's 14 components in the regulation's order, unrecorded ones included. */
    public List<ComponentStatus> of(PatuhUser reader, String entityCode, String unitCode) {
        Scope.requireUnit(reader, entityCode, unitCode);
        requireUnitExists(entityCode, unitCode);
        return byUnit(entityCode).getOrDefault(unitCode, blank());
    }

    /** Every unit's components (unit code → the 14 in order), for the dashboard. */
    Map<String, List<ComponentStatus>> byUnit(String entityCode) {
        Map<String, Map<StandardComponent, ComponentStatus>> recorded = new java.util.HashMap<>();
        jdbc.sql("""
                        select unit_code, component, published, published_where, reviewed_on, updated_by, updated_at
                        from standard_components where entity_code = ?""")
                .param(entityCode)
                .query(rs -> {
                    StandardComponent component = StandardComponent.valueOf(rs.getString("component"));
                    recorded.computeIfAbsent(rs.getString("unit_code"), k -> new EnumMap<>(StandardComponent.class))
                            .put(component, new ComponentStatus(component, true, rs.getBoolean("published"),
                                    rs.getString("published_where"), rs.getObject("reviewed_on", LocalDate.class),
                                    rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class)));
                });
        Map<String, List<ComponentStatus>> result = new java.util.HashMap<>();
        recorded.forEach((unit, components) -> {
            List<ComponentStatus> all = new ArrayList<>();
            for (StandardComponent component : StandardComponent.values()) {
                all.add(components.getOrDefault(component, unrecorded(component)));
            }
            result.put(unit, all);
        });
        return result;
    }

    static List<ComponentStatus> blank() {
        List<ComponentStatus> all = new ArrayList<>();
        for (StandardComponent component : StandardComponent.values()) {
            all.add(unrecorded(component));
        }
        return all;
    }

    private static ComponentStatus unrecorded(StandardComponent component) {
        return new ComponentStatus(component, false, false, null, null, null, null);
    }

    /**
     * Records one component of a unit. A published component says where; a review date may not lie in the future.
     */
    @Transactional
    public ComponentStatus record(PatuhUser by, String entityCode, String unitCode, String componentName,
                                  boolean published, String where, LocalDate reviewedOn) {
        Scope.requireUnit(by, entityCode, unitCode);
        requireUnitExists(entityCode, unitCode);
        StandardComponent component;
        try {
            component = StandardComponent.valueOf(componentName == null ? "" : componentName.strip());
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalidField("component", "improvement.component.unknown", componentName);
        }
        String cleanWhere = where == null || where.isBlank() ? null : where.strip();
        if (published && cleanWhere == null) {
            throw DomainException.invalidField("publishedWhere", "improvement.component.whereRequired");
        }
        if (cleanWhere != null && cleanWhere.length() > WHERE_MAX) {
            throw DomainException.invalidField("publishedWhere", "improvement.component.whereTooLong", WHERE_MAX);
        }
        if (reviewedOn != null && reviewedOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalidField("reviewedOn", "improvement.component.reviewInFuture");
        }
        jdbc.sql("""
                        insert into standard_components (entity_code, unit_code, component, published, published_where,
                                                         reviewed_on, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (entity_code, unit_code, component) do update set published = excluded.published,
                            published_where = excluded.published_where, reviewed_on = excluded.reviewed_on,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(entityCode, unitCode, component.name(), published, cleanWhere, reviewedOn, by.username())
                .update();
        return of(by, entityCode, unitCode).get(component.ordinal());
    }

    /** One component's entry in a form of all 14. */
    public record Entry(String component, boolean published, String publishedWhere, LocalDate reviewedOn) {
    }

    /**
     * Records all the entries of a unit at once, or none: the first refused entry is reported with its position
     * ({@code components[i].field}) and nothing is kept.
     */
    @Transactional
    public List<ComponentStatus> recordAll(PatuhUser by, String entityCode, String unitCode, List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            try {
                record(by, entityCode, unitCode, entry.component(), entry.published(), entry.publishedWhere(),
                        entry.reviewedOn());
            } catch (DomainException refused) {
                if (refused.field() == null) {
                    throw refused;
                }
                throw DomainException.invalidField("components[" + i + "]." + refused.field(), refused.messageKey(),
                        refused.arguments());
            }
        }
        return of(by, entityCode, unitCode);
    }

    private void requireUnitExists(String entityCode, String unitCode) {
        entities.requireSummary(entityCode);
        if (!entities.hasUnit(entityCode, unitCode)) {
            throw DomainException.notFound("registry.unit.notFound", unitCode, entityCode);
        }
    }
}
