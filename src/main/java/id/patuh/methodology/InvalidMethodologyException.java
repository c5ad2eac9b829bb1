package id.patuh.methodology;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a methodology file is rejected; carries every error found, in document order. */
public class InvalidMethodologyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<MethodologyError> errors;

    public InvalidMethodologyException(List<MethodologyError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<MethodologyError> errors() {
        return errors;
    }

    private static String summary(List<MethodologyError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid methodology has at least one error");
        }
        String noun = errors.size() == 1 ? " error" : " errors";
        return "Methodology rejected with " + errors.size() + noun + ":\n"
                + errors.stream().map(error -> "  " + error.describe()).collect(Collectors.joining("\n"));
    }
}
