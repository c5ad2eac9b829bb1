package id.patuh.methodology;

/** The kind of service unit (unit layanan) within an entity; {@link #OTHER} covers every unit not named here. */
public enum UnitKind {
    DUKCAPIL,
    DPMPTSP,
    DINAS_SOSIAL,
    DINAS_PENDIDIKAN,
    DINAS_KESEHATAN,
    PUSKESMAS,
    RSUD,
    OTHER
}
