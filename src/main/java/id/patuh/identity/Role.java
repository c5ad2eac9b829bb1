package id.patuh.identity;

/** What a user does in the assessment; each role carries the scope it needs (office, entity or unit). */
public enum Role {
    /** Ombudsman headquarters: methodology, locus, national verification, determination, publication. */
    ADMIN,
    /** Head of a regional office: supervises and verifies the office's provinces. */
    OFFICE_HEAD,
    /** A regional office's assessor: captures data in the office's provinces. */
    ASSESSOR,
    /** An assessed entity's coordinator (Bagian Organisasi): sees and prepares the entity. */
    ENTITY_COORDINATOR,
    /** The operator of one service unit. */
    UNIT_OPERATOR;

    public boolean office() {
        return this == OFFICE_HEAD || this == ASSESSOR;
    }
}
