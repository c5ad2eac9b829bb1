package id.patuh.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An entity's provisional results in a cycle with the findings per unit, and the clarification window: its dates
 * (null when HQ has not set one) and whether clarifications can be filed today.
 */
public record ProvisionalResults(int year, String entityCode, String entityName, BigDecimal score, String category,
                                 String opinion, String zone, LocalDate windowStartsOn, LocalDate deadline,
                                 boolean filingOpen, boolean determined, List<ProvisionalUnit> units) {
}
