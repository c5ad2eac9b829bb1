package id.patuh.review;

/**
 * What a coordinator files: the item (unit, indicator, observed product when the indicator is observed per product,
 * respondent) and the statement explaining why the finding should change.
 */
public record NewClarification(String unitCode, String indicator, String product, Integer respondent,
                               String statement) {
}
