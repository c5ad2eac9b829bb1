package id.patuh.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How an entity moved from the previous cycle to the current one: rounded scores and their difference, category,
 * zone, national and province rank. A value is null where a cycle has none: the entity was not assessed or not
 * complete, the legacy method had no category, a ministry has no province rank.
 */
public record YearOverYear(
        String entityCode,
        BigDecimal previousScore,
        BigDecimal currentScore,
        BigDecimal scoreChange,
        String previousCategory,
        String currentCategory,
        Zone previousZone,
        Zone currentZone,
        Integer previousNationalRank,
        Integer currentNationalRank,
        Integer previousProvinceRank,
        Integer currentProvinceRank) {

    /**
     * Compares an entity across two cycles; {@code previous} may be null when there was no earlier cycle. The score
     * change is the current rounded score minus the previous rounded score, as the public reads both.
     */
    public static YearOverYear of(String entityCode, CycleResult current, CycleResult previous) {
        Objects.requireNonNull(current, "current");
        EntityResult now = current.entity(entityCode).orElseThrow(() -> new IllegalArgumentException(
                "Entity " + entityCode + " was not assessed in the current cycle"));
        ScoredEntity nowScored = now instanceof ScoredEntity scored ? scored : null;
        ScoredEntity beforeScored = previous == null ? null : previous.entity(entityCode)
                .filter(ScoredEntity.class::isInstance).map(ScoredEntity.class::cast).orElse(null);
        BigDecimal previousScore = beforeScored == null ? null : beforeScored.roundedScore();
        BigDecimal currentScore = nowScored == null ? null : nowScored.roundedScore();
        return new YearOverYear(
                entityCode,
                previousScore,
                currentScore,
                previousScore == null || currentScore == null ? null : currentScore.subtract(previousScore),
                beforeScored == null ? null : beforeScored.grade().category(),
                nowScored == null ? null : nowScored.grade().category(),
                beforeScored == null ? null : beforeScored.grade().zone(),
                nowScored == null ? null : nowScored.grade().zone(),
                previous == null ? null : boxed(previous.rankings().nationalRank(entityCode)),
                boxed(current.rankings().nationalRank(entityCode)),
                previous == null ? null : boxed(previous.rankings().provinceRank(entityCode)),
                boxed(current.rankings().provinceRank(entityCode)));
    }

    /** Places climbed in the national ranking of its type (positive: moved up), or null without both ranks. */
    public Integer nationalPlacesGained() {
        return previousNationalRank == null || currentNationalRank == null
                ? null : previousNationalRank - currentNationalRank;
    }

    /** Places climbed in the province ranking (positive: moved up), or null without both ranks. */
    public Integer provincePlacesGained() {
        return previousProvinceRank == null || currentProvinceRank == null
                ? null : previousProvinceRank - currentProvinceRank;
    }

    private static Integer boxed(OptionalInt rank) {
        return rank.isPresent() ? rank.getAsInt() : null;
    }
}
