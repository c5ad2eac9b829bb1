package id.patuh.fieldwork.web;

import id.patuh.DomainException;
import id.patuh.cycle.ConflictsOfInterest;
import id.patuh.identity.CurrentUser;
import id.patuh.identity.PatuhUser;
import id.patuh.identity.Role;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySummary;
import org.springframework.stereotype.Component;

/**
 * Who may touch a unit's fieldwork over the API: HQ and the Ombudsman staff whose provinces cover it may read; HQ and
 * those assessors may write — unless the assessor declared a conflict of interest with the entity.
 */
@Component
class CaptureScope {

    private final Entities entities;
    private final CurrentUser currentUser;
    private final ConflictsOfInterest conflicts;

    CaptureScope(Entities entities, CurrentUser currentUser, ConflictsOfInterest conflicts) {
        this.entities = entities;
        this.currentUser = currentUser;
        this.conflicts = conflicts;
    }

    PatuhUser require(String entityCode, String unitCode, boolean writing) {
        PatuhUser user = currentUser.require();
        EntitySummary entity = entities.requireSummary(entityCode);
        if (!entities.hasUnit(entityCode, unitCode)) {
            throw DomainException.notFound("registry.unit.notFound", unitCode, entityCode);
        }
        if (writing && !user.isAdmin() && user.role() != Role.ASSESSOR) {
            throw DomainException.forbidden("identity.forbidden");
        }
        if (!user.coversUnit(entityCode, unitCode, entity.provinceCode())) {
            throw DomainException.forbidden("review.outOfScope", unitCode, entityCode);
        }
        if (user.role() == Role.ASSESSOR && conflicts.declared(user.id(), entityCode)) {
            throw DomainException.forbidden("review.conflictOfInterest", entityCode);
        }
        return user;
    }
}
