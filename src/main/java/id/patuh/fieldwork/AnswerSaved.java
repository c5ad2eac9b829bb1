package id.patuh.fieldwork;

/**
 * One answer changed: its level and note before (null when new) and after (null when cleared). {@code clarificationId}
 * names the entity's clarification whose acceptance made the change (null for capture and HQ's own corrections).
 */
public record AnswerSaved(int year, String entityCode, String unitCode, String indicator, String product,
                          int respondent, Integer levelBefore, String noteBefore, Integer levelAfter, String noteAfter,
                          String savedBy, Long clarificationId) {

    /** A change made in capture (or by HQ correcting), not through a clarification. */
    public AnswerSaved(int year, String entityCode, String unitCode, String indicator, String product, int respondent,
                       Integer levelBefore, String noteBefore, Integer levelAfter, String noteAfter, String savedBy) {
        this(year, entityCode, unitCode, indicator, product, respondent, levelBefore, noteBefore, levelAfter, noteAfter,
                savedBy, null);
    }
}
