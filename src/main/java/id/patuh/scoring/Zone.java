package id.patuh.scoring;

/** The colour zone a grade band places a score in. */
public enum Zone {
    HIJAU,
    KUNING,
    MERAH
}
