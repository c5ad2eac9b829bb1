package id.patuh.scoring;

import java.util.List;

/** An entity with at least one incomplete unit: it has no score, is not ranked, and lists what blocks it. */
public record IncompleteEntity(
        String entityCode,
        String entityType,
        String province,
        List<IncompleteUnit> incompleteUnits,
        List<ScoredUnit> scoredUnits) implements EntityResult {

    public IncompleteEntity {
        incompleteUnits = List.copyOf(incompleteUnits);
        scoredUnits = List.copyOf(scoredUnits);
    }
}
