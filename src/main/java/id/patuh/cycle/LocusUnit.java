package id.patuh.cycle;

/** A service unit in a cycle's locus, with what scoring and ranking need to know of its entity. */
public record LocusUnit(int year, String entityCode, String entityName, String entityType, String provinceCode,
                        String unitCode, String unitName, String unitKind) {
}
