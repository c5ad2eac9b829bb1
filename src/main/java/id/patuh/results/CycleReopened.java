package id.patuh.results;

/** HQ reopened a determined cycle to correct its data; the published version stays until the next one. */
public record CycleReopened(int year, String reason, String reopenedBy) {
}
