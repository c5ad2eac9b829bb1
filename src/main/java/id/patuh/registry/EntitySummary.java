package id.patuh.registry;

/** An assessed provider as it appears in lists: its official code, name, type and province (null for central ones). */
public record EntitySummary(String code, String name, EntityType type, String provinceCode) {
}
