package id.patuh.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's provisional result as its entity sees it: live score and grade (null while incomplete), its review status
 * and, once verified by the office, its findings. Units not yet verified show no findings: their answers may still
 * change in verification, so there is nothing final to clarify.
 */
public record ProvisionalUnit(String unitCode, String name, UnitStatus status, BigDecimal score, String category,
                              String zone, boolean complete, boolean findingsFinal, List<Finding> findings) {
}
