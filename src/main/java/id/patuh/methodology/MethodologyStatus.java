package id.patuh.methodology;

/**
 * Whether a methodology may be chosen for a new assessment round; every status stays loadable so that results of
 * past years can be recomputed under the rules of their own year.
 */
public enum MethodologyStatus {
    /** In force and fully specified. */
    ACTIVE,
    /** In force or about to be, but parts of it are not public and are configured provisionally. */
    PROVISIONAL,
    /** Superseded; kept to reproduce the results of the years it governed. */
    RETIRED
}
