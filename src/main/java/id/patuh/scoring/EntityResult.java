package id.patuh.scoring;

/** The outcome of scoring one entity: a score and grade, or the units still incomplete. */
public sealed interface EntityResult permits ScoredEntity, IncompleteEntity {

    /** The entity's code. */
    String entityCode();

    /** KEMENTERIAN, LEMBAGA, PEMPROV, PEMKAB or PEMKOT. */
    String entityType();

    /** The province, null for ministries and agencies. */
    String province();
}
