package id.patuh.review;

import java.util.List;

/** A unit's place in the workflow, with the open and past reasons it was returned for. */
public record UnitReview(int year, String entityCode, String unitCode, UnitStatus status, List<ReturnedItem> returns) {

    /** The items still to correct, for highlighting in the capture form. */
    public List<String> openItems() {
        return returns.stream().filter(r -> !r.resolved()).map(ReturnedItem::item).toList();
    }
}
