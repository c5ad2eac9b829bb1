package id.patuh.fieldwork;

/** One answer changed: its level and note before (null when new) and after (null when cleared). */
public record AnswerSaved(int year, String entityCode, String unitCode, String indicator, String product,
                          int respondent, Integer levelBefore, String noteBefore, Integer levelAfter, String noteAfter,
                          String savedBy) {
}
