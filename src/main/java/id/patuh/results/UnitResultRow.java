package id.patuh.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One unit's result: rounded score and grade, dimension points (rounded, in the methodology's order), where the score
 * came from, or — when incomplete — no score and the list of what is missing.
 */
public record UnitResultRow(String unitCode, String name, String kind, BigDecimal score, String category,
                            String opinion, String zone, boolean complete, Map<String, BigDecimal> dimensions,
                            String source, List<MissingAnswer> missing) {

    /** Something the unit's score still needs: an indicator (and product or respondent) with the problem. */
    public record MissingAnswer(String indicator, String product, String problem, Integer respondent) {
    }
}
