package id.patuh.registry;

/** A province with its Kemendagri code, e.g. {@code 36} Banten. */
public record Province(String code, String name) {
}
