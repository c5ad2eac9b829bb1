package id.patuh.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An assessed entity (penyelenggara) and what is known about its units. The type is KEMENTERIAN, LEMBAGA, PEMPROV,
 * PEMKAB or PEMKOT; the province is null for ministries and agencies.
 */
public record EntityAnswers(String entityCode, String entityType, String province, List<UnitInput> units) {

    public EntityAnswers {
        IndicatorRule.requireText(entityCode, "entity code");
        IndicatorRule.requireText(entityType, "entity type of " + entityCode);
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("Entity " + entityCode + " has no unit to score");
        }
        Set<String> keys = new HashSet<>();
        for (UnitInput unit : units) {
            if (!keys.add(unit.unitKey())) {
                throw new IllegalArgumentException("Entity " + entityCode + " lists unit " + unit.unitKey() + " twice");
            }
        }
    }
}
