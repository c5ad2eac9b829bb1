package id.patuh.fieldwork;

import java.util.List;
import java.util.Map;

/**
 * A unit's recorded answers, ready for scoring: tallied per indicator over all respondents and products (for
 * methodologies that score units), or the levels per product (for the legacy method that scores products).
 */
public record RecordedAnswers(Map<String, Tally> byIndicator, Map<String, Map<String, List<Integer>>> byProduct) {

    /** The answers to one indicator summed up by the database: respondents, sum, lowest and highest level. */
    public record Tally(int respondents, long sum, int lowest, int highest) {
    }
}
