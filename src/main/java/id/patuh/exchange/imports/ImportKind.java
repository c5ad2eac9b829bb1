package id.patuh.exchange.imports;

import id.patuh.DomainException;

import java.util.Arrays;

/** What an import file holds; {@code slug} is its name in the API path and in template file names. */
public enum ImportKind {
    UNIT_SCORES("unit-scores"),
    ENTITY_SCORES("entity-scores"),
    ANSWERS("answers"),
    USER_INTERVIEWS("user-interviews"),
    REGISTRY("registry");

    private final String slug;

    ImportKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The kind named in a path, or a 404 listing the kinds there are. */
    public static ImportKind of(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst()
                .orElseThrow(() -> DomainException.notFound("exchange.import.unknownKind", slug,
                        String.join(", ", Arrays.stream(values()).map(ImportKind::slug).toList())));
    }
}
