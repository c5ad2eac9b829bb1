package id.patuh.review;

import java.io.InputStream;

/** A counter-evidence upload: its bytes (read once, not closed here) and the name it had on the sender's device. */
public record NewCounterEvidence(InputStream content, String name) {
}
