package id.patuh.fieldwork;

import java.util.List;
import java.util.Map;

/**
 * A unit's recorded levels, ready for scoring: per indicator over all respondents and products (for methodologies that
 * score units), and per product (for the legacy method that scores products).
 */
public record RecordedAnswers(Map<String, List<Integer>> byIndicator, Map<String, Map<String, List<Integer>>> byProduct) {
}
