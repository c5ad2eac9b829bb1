package id.patuh.improvement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit's predicted result from its self-assessed answers, scored by the official engine under the round's
 * methodology: indicators not answered yet count as 0 until they are ({@code unanswered} says how many), so the
 * prediction never flatters. Score, grade and dimension points are rounded as published; gaps are ordered by points
 * at stake, largest first.
 */
public record UnitPrediction(String unitCode, String unitName, String unitKind, int answered, int unanswered,
                             BigDecimal score, String category, String opinion, String zone,
                             Map<String, BigDecimal> dimensions, List<Gap> gaps) {

    public boolean complete() {
        return unanswered == 0;
    }
}
