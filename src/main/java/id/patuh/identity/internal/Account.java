package id.patuh.identity.internal;

import id.patuh.identity.Role;

import java.time.OffsetDateTime;

/** A stored account as listed to those who manage accounts; never carries the password hash. */
public record Account(long id, String username, String displayName, Role role, String officeCode,
                      String entityCode, String unitCode, boolean enabled, boolean demo, OffsetDateTime createdAt) {
}
