package id.patuh.improvement;

import java.time.LocalDate;

/**
 * A new action as a form or API caller sends it. An action on an official finding names its year and indicator; one
 * on a self-assessment gap may name its round.
 */
public record ActionDraft(String unitCode, String indicatorCode, ActionSource source, Integer findingYear, Long roundId,
                          String description, String owner, LocalDate dueDate) {
}
