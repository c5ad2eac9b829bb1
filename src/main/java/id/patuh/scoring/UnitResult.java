package id.patuh.scoring;

/** The outcome of scoring one unit: a score, or the list of what is missing. */
public sealed interface UnitResult permits ScoredUnit, IncompleteUnit {

    /** The unit's key, unique within its entity. */
    String unitKey();
}
