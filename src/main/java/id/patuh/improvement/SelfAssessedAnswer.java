package id.patuh.improvement;

import java.time.OffsetDateTime;

/** A unit's own estimate of one indicator in a round: one level on the indicator's scale, with an optional note. */
public record SelfAssessedAnswer(String unitCode, String indicatorCode, int level, String note, String savedBy,
                                 OffsetDateTime savedAt) {
}
