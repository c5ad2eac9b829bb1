package id.patuh.exchange.imports;

import id.patuh.identity.PatuhUser;
import id.patuh.methodology.Methodology;
import id.patuh.registry.Entities;
import id.patuh.registry.EntitySearch;
import id.patuh.registry.EntitySummary;
import id.patuh.registry.ServiceUnit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every row of one import is checked against: the cycle's methodology (null for the registry, which has no
 * year), the registry (entities loaded once, units looked up once each), the uploader's scope, and where errors go.
 */
public final class ImportContext {

    private final int year;
    private final Methodology methodology;
    private final PatuhUser user;
    private final ImportErrors errors;
    private final Entities entities;
    private final Map<String, EntitySummary> entitiesByCode = new HashMap<>();
    private final Map<String, Optional<ServiceUnit>> units = new HashMap<>();

    ImportContext(int year, Methodology methodology, PatuhUser user, ImportErrors errors, Entities entities) {
        this.year = year;
        this.methodology = methodology;
        this.user = user;
        this.errors = errors;
        this.entities = entities;
        for (EntitySummary entity : entities.search(new EntitySearch(null, null, null))) {
            entitiesByCode.put(entity.code(), entity);
        }
    }

    public int year() {
        return year;
    }

    public Methodology methodology() {
        return methodology;
    }

    public PatuhUser user() {
        return user;
    }

    public ImportErrors errors() {
        return errors;
    }

    /**
     * The entity of a row, when it exists and the uploader may import for it; otherwise an error on the row's
     * {@code entity_code} and null. An office head imports only for the entities of their office's provinces.
     */
    public EntitySummary entity(ImportRowCells row) {
        String code = row.required("entity_code");
        if (code == null) {
            return null;
        }
        EntitySummary entity = entitiesByCode.get(code);
        if (entity == null && code.matches("\\d{2}\\.\\d")) {
            // Excel turns a regency code typed as a number, 36.10, into 36.1: Kemendagri codes have two digits there.
            entity = entitiesByCode.get(code + "0");
        }
        if (entity == null) {
            row.error("entity_code", "exchange.import.row.unknownEntity", code);
            return null;
        }
        if (!user.coversEntity(entity.code(), entity.provinceCode())) {
            row.error("entity_code", "exchange.import.row.outsideScope", code);
            return null;
        }
        return entity;
    }

    /** A registered unit, or empty. */
    public Optional<ServiceUnit> unit(String entityCode, String unitCode) {
        return units.computeIfAbsent(entityCode + "|" + unitCode, k -> entities.findUnit(entityCode, unitCode));
    }
}
