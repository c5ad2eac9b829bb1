package id.patuh.registry;

/** Filters for listing entities; every field is optional and they combine with AND. */
public record EntitySearch(EntityType type, String provinceCode, String query) {

    public static EntitySearch all() {
        return new EntitySearch(null, null, null);
    }
}
