package id.patuh.results;

import java.util.List;

/** An entity's result with each of its assessed units. */
public record EntityResultDetail(EntityResultRow entity, List<UnitResultRow> units, List<String> dimensionCodes) {
}
