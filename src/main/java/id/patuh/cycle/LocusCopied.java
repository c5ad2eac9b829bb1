package id.patuh.cycle;

import java.util.List;

/** What copying an earlier year's locus did: units and product choices added, and each unit left out with why. */
public record LocusCopied(int year, int fromYear, int unitsCopied, int productChoicesCopied, List<SkippedUnit> skipped) {

    /** A unit of the earlier locus that was not added. */
    public record SkippedUnit(String entityCode, String unitCode, Reason reason) {
    }

    /** Why a unit was not added. */
    public enum Reason {
        /** Already in this year's locus; its product choice is kept, or filled in when it had none. */
        ALREADY_IN_LOCUS,
        /** No longer in the registry. */
        NOT_REGISTERED
    }
}
