package id.patuh.scoring;

/** Where a unit's score comes from. */
public enum ScoreSource {
    /** Computed from the unit's answers. */
    COMPUTED,
    /** Given as a figure, from history or an import. */
    DIRECT
}
