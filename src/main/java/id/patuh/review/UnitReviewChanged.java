package id.patuh.review;

import java.util.List;

/** A unit moved in the verification workflow, with the reasons when it was returned. */
public record UnitReviewChanged(int year, String entityCode, String unitCode, UnitStatus from, UnitStatus to,
                                String actor, List<String> reasons) {
}
