package id.patuh.review;

/** An entity filed a clarification on one answer of a unit, which then had {@code level}. */
public record ClarificationFiled(long clarificationId, int year, String entityCode, String unitCode, String item,
                                 int level, String statement, String filedBy) {
}
