package id.patuh.fieldwork;

import java.time.OffsetDateTime;

/** A stored answer with its version (for optimistic locking) and who saved it when. */
public record SavedAnswer(String indicator, String product, int respondent, Integer level, String note, int version,
                          String savedBy, OffsetDateTime savedAt) {
}
