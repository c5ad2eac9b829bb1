package id.patuh.methodology;

/** The traffic-light zone published with a score. */
public enum Zone {
    HIJAU,
    KUNING,
    MERAH
}
