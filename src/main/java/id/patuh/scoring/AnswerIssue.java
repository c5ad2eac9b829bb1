package id.patuh.scoring;

import java.util.Objects;

/**
 * One thing that keeps a unit from being scored. The product key is set only when answers are given per product;
 * respondent (1-based position in the answer list) and level only for a problem with one answer.
 */
public record AnswerIssue(
        String productKey,
        String indicatorCode,
        AnswerProblem problem,
        Integer respondent,
        Integer level) {

    public AnswerIssue {
        Objects.requireNonNull(problem, "problem");
    }

    static AnswerIssue of(String productKey, String indicatorCode, AnswerProblem problem) {
        return new AnswerIssue(productKey, indicatorCode, problem, null, null);
    }

    /** A sentence for people: which product, indicator and respondent, and what is wrong. */
    public String describe() {
        String where = (productKey == null ? "" : "product " + productKey + ", ")
                + (indicatorCode == null ? "" : "indicator " + indicatorCode);
        return switch (problem) {
            case NO_RESPONDENT -> where + ": no respondent answered";
            case LEVEL_MISSING -> where + ": respondent " + respondent + " gave no level";
            case LEVEL_OUT_OF_RANGE -> where + ": respondent " + respondent + " gave level " + level
                    + ", outside the indicator's scale";
            case NOT_APPLICABLE -> where + ": answered, but the indicator does not apply to this kind of unit";
            case UNKNOWN_INDICATOR -> where + ": not an indicator of this methodology";
            case NO_PRODUCT -> "no service product was assessed";
        };
    }
}
