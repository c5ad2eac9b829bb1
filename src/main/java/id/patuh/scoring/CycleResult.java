package id.patuh.scoring;

import java.util.List;
import java.util.Optional;

/** Every entity result of one assessment cycle, in input order, with the cycle's rankings. */
public record CycleResult(String methodologyId, List<EntityResult> entities, Rankings rankings) {

    public CycleResult {
        entities = List.copyOf(entities);
    }

    /** The result of one entity, if it was assessed in this cycle. */
    public Optional<EntityResult> entity(String entityCode) {
        return entities.stream().filter(entity -> entity.entityCode().equals(entityCode)).findFirst();
    }
}
