package id.patuh.fieldwork;

/** A unit's answers were replaced as a whole; {@code count} is how many answers it now has. */
public record UnitAnswersReplaced(int year, String entityCode, String unitCode, int count, int previousCount,
                                  String recordedBy) {
}
