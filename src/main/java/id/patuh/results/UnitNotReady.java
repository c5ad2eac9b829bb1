package id.patuh.results;

/**
 * A unit that blocks a determination: it has no score yet ({@code INCOMPLETE}) or its data is not verified
 * ({@code UNVERIFIED}, with its workflow status), or an entity's clarification on it waits for its
 * decision ({@code OPEN_CLARIFICATION}).
 */
public record UnitNotReady(String entityCode, String unitCode, String problem, String status) {
}
