package id.patuh.improvement;

import java.time.OffsetDateTime;

/** A reminder recorded for a unit whose self-assessment was overdue ({@code lastAssessedAt} null: never assessed). */
public record Reminder(String entityCode, String unitCode, OffsetDateTime lastAssessedAt, OffsetDateTime remindedAt) {
}
