package id.patuh.improvement;

/** A change of an action's status, with the completion note that DONE asks for (unless a file was attached). */
public record ActionProgress(ActionStatus status, String completionNote) {
}
