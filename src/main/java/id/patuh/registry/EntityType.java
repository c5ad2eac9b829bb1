package id.patuh.registry;

/** The five kinds of assessed provider (penyelenggara); rankings are published per type. */
public enum EntityType {
    KEMENTERIAN, LEMBAGA, PEMPROV, PEMKAB, PEMKOT;

    /** Regional governments belong to a province and are ranked within it; ministries and agencies are not. */
    public boolean regional() {
        return this == PEMPROV || this == PEMKAB || this == PEMKOT;
    }
}
