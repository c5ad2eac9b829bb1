package id.patuh.scoring;

/** How an indicator combines its respondents' answers into one score between 0 and 1. */
public enum RespondentAggregation {
    /** The mean over respondents of {@code level / maxLevel}: the methodology's rule since 2022. */
    MEAN,
    /** The lowest {@code level / maxLevel}: for a checklist where every observed respondent or product must comply. */
    MINIMUM
}
