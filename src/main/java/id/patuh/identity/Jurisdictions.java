package id.patuh.identity;

import java.util.Optional;
import java.util.Set;

/**
 * What identity needs to know of the registry to resolve and check scopes; the registry implements it, so identity
 * depends on nothing.
 */
public interface Jurisdictions {

    Set<String> provincesOfOffice(String officeCode);

    boolean officeExists(String officeCode);

    boolean unitExists(String entityCode, String unitCode);

    /** The entity's province, empty for a ministry or agency; throws nothing for unknown codes — see {@link #entityExists}. */
    Optional<String> provinceOfEntity(String entityCode);

    boolean entityExists(String entityCode);
}
