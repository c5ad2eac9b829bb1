package id.patuh.registry;

import java.util.List;

/** A service unit of an entity (for a local government, one of its OPD), with the products it delivers. */
public record ServiceUnit(String entityCode, String code, String name, UnitKind kind, boolean demo,
                          List<ServiceProduct> products) {
}
