package id.patuh.cycle;

import id.patuh.identity.StaffMember;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The assessor who visits a locus unit, when, and whether the respondents were confirmed with the unit. */
public record Assignment(int year, String entityCode, String unitCode, StaffMember assessor, String assignedBy,
                         OffsetDateTime assignedAt, LocalDate visitDate, LocalDate respondentsConfirmedOn,
                         String respondentsContact, String respondentsConfirmedBy) {

    public boolean respondentsConfirmed() {
        return respondentsConfirmedOn != null;
    }
}
