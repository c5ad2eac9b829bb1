package id.patuh.scoring;

import java.util.List;

/**
 * The answers to one indicator summed up: how many respondents, the sum of their levels, and the lowest and highest
 * level. It is all a mean or a minimum needs, so a database can aggregate answers before they reach the engine.
 */
public record LevelTally(int respondents, long sum, int lowest, int highest) {

    public LevelTally {
        if (respondents < 1) {
            throw new IllegalArgumentException("A tally counts at least one respondent, not " + respondents);
        }
        if (lowest > highest || sum < (long) lowest * respondents || sum > (long) highest * respondents) {
            throw new IllegalArgumentException("Inconsistent tally: " + respondents + " respondents summing to " + sum
                    + " between " + lowest + " and " + highest);
        }
    }

    /** The tally of given levels, none of them null. */
    public static LevelTally of(List<Integer> levels) {
        long sum = 0;
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (int level : levels) {
            sum += level;
            lowest = Math.min(lowest, level);
            highest = Math.max(highest, level);
        }
        return new LevelTally(levels.size(), sum, lowest, highest);
    }
}
