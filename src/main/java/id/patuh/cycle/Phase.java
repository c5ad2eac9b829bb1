package id.patuh.cycle;

/** A stage of an assessment year (domain.md §1), in the order they follow each other. */
public enum Phase {
    /** Methodology fixed, locus chosen, providers briefed, assessors assigned. */
    PREPARATION,
    /** Field visits: assessors capture answers. */
    DATA_COLLECTION,
    /** Supervision by the regional office and central verification; HQ may still correct answers. */
    VERIFICATION,
    /** Entities clarify; corrections go through HQ's whole-unit replacement or direct scores only. */
    CLARIFICATION,
    /** The chair's decree: nothing that moves a score may change any more. */
    DETERMINATION,
    /** Results are public. */
    PUBLISHED;

    /** Whether answers may be saved one by one in this phase: assessors while collecting, HQ also while verifying. */
    public boolean capturesAnswers(boolean headquarters) {
        return this == DATA_COLLECTION || (headquarters && this == VERIFICATION);
    }

    /** Whether the results are being fixed or are fixed: from determination on, nothing that moves a score changes. */
    public boolean fixesResults() {
        return compareTo(DETERMINATION) >= 0;
    }
}
