package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Entities known by their published score, for ranking and year-over-year fixtures. */
final class Entities {

    private static final ScoringEngine ENGINE = new ScoringEngine(Methodologies.compliance2022());

    private Entities() {
    }

    static EntityAnswers published(String code, String type, String province, String score) {
        return new EntityAnswers(code, type, province, List.of(new DirectUnitScore("unit", new BigDecimal(score))));
    }

    static ScoredEntity scored(String code, String type, String province, String score) {
        return (ScoredEntity) ENGINE.scoreEntity(published(code, type, province, score));
    }

    static IncompleteEntity incomplete(String code, String type, String province) {
        return (IncompleteEntity) ENGINE.scoreEntity(new EntityAnswers(code, type, province,
                List.of(new UnitAnswers("dukcapil", "DUKCAPIL", Map.of()))));
    }
}
