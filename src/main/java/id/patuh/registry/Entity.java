package id.patuh.registry;

import java.util.List;

/** An assessed provider with its province and service units. */
public record Entity(String code, String name, EntityType type, Province province, List<ServiceUnit> units) {

    public EntitySummary summary() {
        return new EntitySummary(code, name, type, province == null ? null : province.code());
    }
}
