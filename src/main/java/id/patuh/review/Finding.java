package id.patuh.review;

import id.patuh.methodology.LocalizedText;

/**
 * One answer of a verified unit below the top of its scale — where the unit lost points — with the level reached, its
 * label, the assessor's note and the clarification open on it, if any ({@code openClarification} null).
 */
public record Finding(String indicator, LocalizedText indicatorText, String dimension, String product,
                      int respondent, int level, int maxLevel, LocalizedText levelLabel, String note,
                      Long openClarification) {
}
