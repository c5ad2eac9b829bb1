package id.patuh.identity;

/** An account as other modules see it: who, in which role and office, and whether it may still sign in. */
public record StaffMember(long id, String username, String displayName, Role role, String officeCode,
                          boolean enabled) {

    public boolean activeAssessor() {
        return enabled && role == Role.ASSESSOR;
    }
}
