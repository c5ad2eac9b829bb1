package id.patuh.methodology;

import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How answers become scores: respondents to an indicator score, units to an entity score, and the single rounding
 * applied to the final entity score (intermediate values stay unrounded). {@code targets} is how many respondents or
 * observed products each data source aims for; a source without an entry has no fixed target.
 */
public record AggregationRules(
        RespondentAggregation respondents,
        UnitAggregation unitToEntity,
        Rounding rounding,
        Map<DataSource, RespondentTarget> targets) {

    public AggregationRules {
        Objects.requireNonNull(respondents, "respondents");
        Objects.requireNonNull(unitToEntity, "unitToEntity");
        Objects.requireNonNull(rounding, "rounding");
        // An EnumMap keeps declaration order, so listings and serialised forms are stable.
        EnumMap<DataSource, RespondentTarget> copy = new EnumMap<>(DataSource.class);
        copy.putAll(targets);
        targets = Collections.unmodifiableMap(copy);
    }

    /** How several respondents' answers to one indicator combine into its score. */
    public enum RespondentAggregation {
        /** The indicator scores the mean over respondents of {@code level / maxLevel}. */
        MEAN
    }

    /** How an entity's score is derived from what was assessed in its units. */
    public enum UnitAggregation {
        /** The plain mean of the unit scores (2022 onwards). */
        MEAN_OF_UNITS,
        /** The mean over every service product observed in any of the entity's units (2013–2021). */
        MEAN_OF_PRODUCTS
    }

    /** Rounding of the final score, e.g. scale 2 with {@link RoundingMode#HALF_UP}. */
    public record Rounding(int scale, RoundingMode mode) {

        public Rounding {
            Objects.requireNonNull(mode, "mode");
            if (scale < 0) {
                throw new IllegalArgumentException("rounding scale must not be negative: " + scale);
            }
        }
    }

    /** What a respondent target counts per: each service unit or the whole entity. */
    public enum TargetScope {
        UNIT,
        ENTITY
    }

    /** A target count of respondents (or, for observation, of service products) per unit or per entity. */
    public record RespondentTarget(int count, TargetScope per) {

        public RespondentTarget {
            Objects.requireNonNull(per, "per");
            if (count < 1) {
                throw new IllegalArgumentException("target count must be positive: " + count);
            }
        }
    }
}
