package id.patuh.cycle;

/** A new assessment year was opened under a methodology version. */
public record CycleOpened(int year, String methodologyId) {
}
