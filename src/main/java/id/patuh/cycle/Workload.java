package id.patuh.cycle;

import id.patuh.identity.StaffMember;

import java.util.List;

/**
 * A cycle's locus units within an office's provinces (every unit for HQ's national view, {@code officeCode} null),
 * with their assessors, and the load each assessor carries.
 */
public record Workload(int year, String officeCode, List<AssignedUnit> units, List<AssessorLoad> assessors) {

    /** One assessor and the units assigned to them in the view. */
    public record AssessorLoad(StaffMember assessor, List<AssignedUnit> units) {

        public int unitCount() {
            return units.size();
        }
    }

    public long unassigned() {
        return units.stream().filter(u -> !u.assigned()).count();
    }
}
