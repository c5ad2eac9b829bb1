package id.patuh.identity.internal;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it: the secret itself is shown once, at creation, and never stored. */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                       OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
