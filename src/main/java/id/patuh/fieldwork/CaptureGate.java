package id.patuh.fieldwork;

/**
 * Whether a unit's answers may change now; implemented by the review module, which knows the cycle's phase and that
 * a submitted or verified unit is locked for assessors. Throws a {@link id.patuh.DomainException} saying why when
 * they may not.
 */
public interface CaptureGate {

    /** Saving answers one by one: only while collecting data (HQ also while verifying), on an unlocked unit. */
    void requireEditable(int year, String entityCode, String unitCode, boolean headquarters);

    /** HQ replacing a unit's answers as a whole: in any phase before determination, until central verification. */
    void requireCorrectable(int year, String entityCode, String unitCode);

    /**
     * An answer changed because the office accepted an entity's clarification: until determination begins, whatever
     * the unit's status (the clarification phase follows verification, so the unit is usually verified by then).
     */
    void requireClarifiable(int year, String entityCode, String unitCode);
}
