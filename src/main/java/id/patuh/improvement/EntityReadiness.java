package id.patuh.improvement;

import java.time.Duration;
import java.util.List;

/**
 * The coordinator's view of all its OPD: the open round if any, the newest round's predicted entity result, and each
 * unit's readiness; {@code overdueAfter} is the configured period after which a unit's last self-assessment is stale.
 */
public record EntityReadiness(String entityCode, String entityName, Duration overdueAfter,
                              SelfAssessmentRound openRound, EntityPrediction latest, List<UnitReadiness> units) {

    public long overdueUnits() {
        return units.stream().filter(UnitReadiness::overdue).count();
    }
}
