package id.patuh.registry;

/** A service unit was created or changed: its name or kind as they are now. */
public record ServiceUnitSaved(String entityCode, String unitCode, String name, UnitKind kind, boolean created) {
}
