package id.patuh.improvement;

import java.math.BigDecimal;

/**
 * What the next official cycle says about a finding's indicator: {@code improved} when its official level rose,
 * {@code recurred} when it still lost points. {@code nextYear} is null while no later cycle is published.
 */
public record FollowUp(int findingYear, BigDecimal findingLevel, Integer nextYear, BigDecimal nextLevel,
                       boolean improved, boolean recurred) {

    public boolean pending() {
        return nextYear == null;
    }
}
