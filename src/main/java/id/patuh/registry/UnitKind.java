package id.patuh.registry;

/** The kind of a service unit (unit layanan); a methodology may apply indicators only to some kinds. */
public enum UnitKind {
    DUKCAPIL, DPMPTSP, DINAS_SOSIAL, DINAS_PENDIDIKAN, DINAS_KESEHATAN, PUSKESMAS, RSUD, OTHER
}
