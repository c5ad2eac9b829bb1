package id.patuh.improvement;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the entity workspace: {@code patuh.improvement.overdue-after} ({@code PATUH_IMPROVEMENT_OVERDUE_AFTER},
 * 90 days by default) is how old a unit's last self-assessment may be before the unit counts as overdue.
 */
@ConfigurationProperties("patuh.improvement")
public record ImprovementSettings(Duration overdueAfter) {

    static final Duration DEFAULT_OVERDUE_AFTER = Duration.ofDays(90);

    public ImprovementSettings {
        if (overdueAfter == null) {
            overdueAfter = DEFAULT_OVERDUE_AFTER;
        }
        if (overdueAfter.isNegative() || overdueAfter.isZero()) {
            throw new IllegalArgumentException("patuh.improvement.overdue-after must be positive, was " + overdueAfter);
        }
    }
}
