package id.patuh.methodology;

import id.patuh.registry.EntityType;
import id.patuh.registry.UnitKind;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The entity types and unit kinds an indicator is asked of; an empty set places no restriction on that axis. */
public record Applicability(Set<EntityType> entityTypes, Set<UnitKind> unitKinds) {

    public static final Applicability ALL = new Applicability(Set.of(), Set.of());

    public Applicability {
        entityTypes = frozen(entityTypes, EntityType.class);
        unitKinds = frozen(unitKinds, UnitKind.class);
    }

    public boolean appliesTo(EntityType entityType, UnitKind unitKind) {
        return (entityTypes.isEmpty() || entityTypes.contains(entityType))
                && (unitKinds.isEmpty() || unitKinds.contains(unitKind));
    }

    // An EnumSet keeps declaration order, so listings and serialised forms are stable.
    private static <E extends Enum<E>> Set<E> frozen(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
