package id.patuh.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * One entity's line of the score sheet. {@code score} is rounded half-up to two decimals from the mean of unrounded
 * unit scores; score, grade and ranks are null while {@code complete} is false ({@code incompleteUnits} says which).
 */
public record EntityResultRow(String entityCode, String entityName, String type, String provinceCode,
                              BigDecimal score, String category, String opinion, String zone,
                              Integer nationalRank, Integer provinceRank, boolean complete,
                              List<String> incompleteUnits, PreviousResult previous, BigDecimal scoreChange) {
}
