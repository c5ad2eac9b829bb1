package id.patuh.methodology;

/** The kind of assessed entity (penyelenggara). */
public enum EntityType {
    KEMENTERIAN,
    LEMBAGA,
    PEMPROV,
    PEMKAB,
    PEMKOT
}
