package id.patuh.identity.internal;

import id.patuh.identity.Role;

/** A request to open an account with its role and the scope that role needs. */
public record NewAccount(String username, String displayName, String password, Role role,
                         String officeCode, String entityCode, String unitCode) {
}
