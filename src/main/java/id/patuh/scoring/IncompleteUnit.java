package id.patuh.scoring;

import java.util.List;

/** A unit that cannot be scored yet, with every missing or invalid answer; it has no score. */
public record IncompleteUnit(String unitKey, String unitKind, List<AnswerIssue> issues) implements UnitResult {

    public IncompleteUnit {
        issues = List.copyOf(issues);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("An incomplete unit names at least one issue");
        }
    }
}
