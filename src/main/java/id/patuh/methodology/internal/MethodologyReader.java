package id.patuh.methodology.internal;

import id.patuh.methodology.InvalidMethodologyException;
import id.patuh.methodology.Methodology;
import id.patuh.methodology.MethodologyError;
import id.patuh.methodology.internal.Problems.Problem;
import java.util.Comparator;
import java.util.List;

/** Turns methodology YAML into a {@link Methodology}, or rejects it whole with every error found. */
public final class MethodologyReader {

    private MethodologyReader() {
    }

    public static Methodology read(String yaml) {
        return read(YamlDocument.parse(yaml));
    }

    public static Methodology read(byte[] yaml) {
        return read(YamlDocument.parse(yaml));
    }

    private static Methodology read(YamlDocument document) {
        Problems problems = Problems.recording();
        Methodology methodology = new MethodologyBinder(problems).bind(document.root());
        new ConsistencyRules(problems).check(document.root());
        if (!problems.isEmpty()) {
            throw new InvalidMethodologyException(errors(problems.all(), document));
        }
        if (methodology == null) {
            throw new IllegalStateException("binding failed without reporting an error");
        }
        return methodology;
    }

    private static List<MethodologyError> errors(List<Problem> problems, YamlDocument document) {
        return problems.stream()
                .map(problem -> {
                    YamlDocument.Position position = document.positionOf(problem.path());
                    return new MethodologyError(problem.path().dotted(), problem.kind(), problem.message(),
                            position.line(), position.column());
                })
                // Sorting is stable, so errors at one position keep the order in which they were found.
                .sorted(Comparator.comparingInt(MethodologyError::line).thenComparingInt(MethodologyError::column))
                .toList();
    }
}
