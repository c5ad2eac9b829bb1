package id.patuh.cycle;

import java.util.List;

/** A unit's assignment after a change, with the warnings the change raised. */
public record AssignmentOutcome(AssignedUnit unit, List<AssignmentWarning> warnings) {
}
