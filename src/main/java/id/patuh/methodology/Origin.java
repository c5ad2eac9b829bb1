package id.patuh.methodology;

/**
 * Whether an indicator is attested in public material. Only the subject is attested: the wording, the answer labels,
 * the weight and the recommendation of a {@link #PUBLIC} indicator are reconstructed unless the methodology's
 * provenance note says otherwise.
 */
public enum Origin {
    PUBLIC,
    RECONSTRUCTED
}
