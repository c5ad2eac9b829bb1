package id.patuh.improvement;

import id.patuh.DomainException;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.registry.EntitySummary;

/**
 * Who may see and change what in the entity workspace: an entity's own users their entity (a unit operator only its
 * unit); Ombudsman users (HQ, and the offices covering the entity's province) only rounds the entity shared, and only
 * to read. Another entity's user is refused (403); a round not shared is as unknown to the Ombudsman as one that
 * does not exist (404).
 */
final class Scope {

    private Scope() {
    }

    static boolean entityUser(PatuhUser user) {
        return user.role() == Role.ENTITY_COORDINATOR || user.role() == Role.UNIT_OPERATOR;
    }

    static boolean member(PatuhUser user, String entityCode) {
        return entityUser(user) && user.entityCode().equals(entityCode);
    }

    /** The user works for the entity (coordinator or one of its unit operators). */
    static void requireMember(PatuhUser user, String entityCode) {
        if (!member(user, entityCode)) {
            throw DomainException.forbidden("improvement.scope.entity", entityCode);
        }
    }

    /** The user works for the entity and, as a unit operator, for this unit. */
    static void requireUnit(PatuhUser user, String entityCode, String unitCode) {
        requireMember(user, entityCode);
        if (user.role() == Role.UNIT_OPERATOR && !user.unitCode().equals(unitCode)) {
            throw DomainException.forbidden("improvement.scope.unit", unitCode);
        }
    }

    /** Opening, closing and sharing rounds is the coordinator's (Bagian Organisasi). */
    static void requireCoordinator(PatuhUser user, String entityCode) {
        requireMember(user, entityCode);
        if (user.role() != Role.ENTITY_COORDINATOR) {
            throw DomainException.forbidden("improvement.scope.coordinatorOnly");
        }
    }

    /** Whether an Ombudsman user's scope covers the entity (a shared round is then readable). */
    static boolean ombudsmanCovers(PatuhUser user, EntitySummary entity) {
        return !entityUser(user) && user.coversEntity(entity.code(), entity.provinceCode());
    }

    /** A unit operator sees only its unit; everyone else who may read the entity sees every unit. */
    static boolean seesUnit(PatuhUser user, String unitCode) {
        return user.role() != Role.UNIT_OPERATOR || user.unitCode().equals(unitCode);
    }
}
