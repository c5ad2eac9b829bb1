package id.patuh.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user and what they may see: ADMIN everything; office roles the providers of their office's provinces;
 * an entity coordinator their entity; a unit operator their unit. Every module asks this record, on the server.
 */
public record PatuhUser(long id, String username, String displayName, Role role, String officeCode,
                        String entityCode, String unitCode, Set<String> provinceCodes, boolean demo)
        implements Serializable {

    public PatuhUser {
        provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean coversProvince(String provinceCode) {
        return isAdmin() || (role.office() && provinceCode != null && provinceCodes.contains(provinceCode));
    }

    /** Whether the user's scope includes an entity; {@code provinceCode} is the entity's (null for central ones). */
    public boolean coversEntity(String entityCode, String entityProvinceCode) {
        return switch (role) {
            case ADMIN -> true;
            case OFFICE_HEAD, ASSESSOR -> coversProvince(entityProvinceCode);
            case ENTITY_COORDINATOR, UNIT_OPERATOR -> this.entityCode.equals(entityCode);
        };
    }

    /** Whether the user's scope includes a unit: a unit operator sees only their own; others as for its entity. */
    public boolean coversUnit(String entityCode, String unitCode, String entityProvinceCode) {
        if (role == Role.UNIT_OPERATOR) {
            return this.entityCode.equals(entityCode) && this.unitCode.equals(unitCode);
        }
        return coversEntity(entityCode, entityProvinceCode);
    }
}
