package id.patuh.cycle;

/**
 * A locus unit with its assignment (null while nobody is assigned) and whether the assigned assessor has declared a
 * conflict of interest with its entity since being assigned.
 */
public record AssignedUnit(LocusEntry unit, Assignment assignment, boolean conflictOfInterest) {

    public boolean assigned() {
        return assignment != null;
    }
}
