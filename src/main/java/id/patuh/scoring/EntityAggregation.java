package id.patuh.scoring;

/** How an entity's score is formed from what was assessed inside it. */
public enum EntityAggregation {
    /** The plain mean of the unit scores (2022 onwards). */
    MEAN_OF_UNITS,
    /**
     * The mean over all service products of all units (the 2013–2021 survey), so a unit with more products weighs
     * more; each unit reports the mean of its own products for display.
     */
    MEAN_OF_PRODUCTS
}
