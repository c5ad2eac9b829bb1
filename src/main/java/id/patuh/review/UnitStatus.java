package id.patuh.review;

/** Where a unit stands in the verification workflow. */
public enum UnitStatus {
    /** Nothing recorded yet. */
    NOT_STARTED,
    /** Answers are being captured. */
    IN_PROGRESS,
    /** History: only a score recorded directly, nothing to verify. */
    RECORDED_DIRECTLY,
    /** The assessor submitted it; locked for assessors until the office head decides. */
    SUBMITTED,
    /** The office head returned it with reasons; the assessor corrects and submits again. */
    RETURNED,
    /** The office head verified it; locked for assessors. */
    VERIFIED,
    /** Headquarters verified the whole entity. */
    CENTRALLY_VERIFIED;

    /** Whether an assessor may still change the unit's answers. */
    public boolean openToAssessors() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED || this == RECORDED_DIRECTLY;
    }
}
