package id.patuh.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts other modules need to name and check (who is an assessor of which office), without reaching into
 * identity's storage; implemented by identity's accounts.
 */
public interface StaffDirectory {

    /** An account by username, enabled or not. */
    Optional<StaffMember> find(String username);

    /** The accounts with these ids, by id; unknown ids are left out. */
    Map<Long, StaffMember> byIds(Collection<Long> ids);

    /** The enabled assessors of an office (null: of every office), by display name. */
    List<StaffMember> assessors(String officeCode);
}
