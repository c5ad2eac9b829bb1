package id.patuh.scoring;

/** Why a unit's answers cannot be scored yet. */
public enum AnswerProblem {
    /** An applicable indicator has no respondent at all. */
    NO_RESPONDENT,
    /** A respondent's level is null: the question was not answered. */
    LEVEL_MISSING,
    /** A respondent's level lies outside {@code 0..maxLevel}. */
    LEVEL_OUT_OF_RANGE,
    /** The indicator does not apply to the unit's kind, yet answers were given for it. */
    NOT_APPLICABLE,
    /** The indicator code is not part of the methodology. */
    UNKNOWN_INDICATOR,
    /** A unit scored per product has no product. */
    NO_PRODUCT
}
