package id.patuh.methodology;

/** How the answer to an indicator is collected in the field. */
public enum DataSource {
    /** The assessor observes the unit or one of its service products. */
    OBSERVATION,
    /** Interview with a service official of the unit (four per unit since 2022). */
    OFFICIAL_INTERVIEW,
    /** Interview with a complaint-handling official (two per unit since 2022). */
    COMPLAINT_OFFICER_INTERVIEW,
    /** Interview with a service user. */
    USER_INTERVIEW,
    /** Inspection of a document the unit provides as evidence (decree, register, report). */
    DOCUMENT
}
