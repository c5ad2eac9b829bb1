package id.patuh.fieldwork;

/**
 * Whether a unit's answers may change now; implemented by the review module, which knows a submitted or verified
 * unit is locked for assessors. Throws a {@link id.patuh.DomainException} saying why when it is not.
 */
public interface CaptureGate {

    void requireEditable(int year, String entityCode, String unitCode, boolean headquarters);
}
