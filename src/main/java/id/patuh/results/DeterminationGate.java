package id.patuh.results;

import java.util.List;

/**
 * Which units of a cycle are not verified yet — answered by the verification workflow, which itself reads results (so
 * results asks through this port instead of depending on it). A unit whose score was recorded directly counts as
 * verified. A unit with an entity clarification still waiting for its decision is not ready either
 * ({@code OPEN_CLARIFICATION}).
 */
public interface DeterminationGate {

    List<UnitNotReady> unverifiedUnits(int year);
}
