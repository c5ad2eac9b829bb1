package id.patuh.fieldwork;

/**
 * One answer as a capture form saves it. {@code level} null clears the answer; {@code expectedVersion} is the version
 * the form last saw (null or 0 when it saw none), so that two people never overwrite each other silently.
 */
public record AnswerChange(String indicator, String product, int respondent, Integer level, String note,
                           Integer expectedVersion) {
}
