package id.patuh.cycle;

import java.util.List;

/** Something the person assigning should know but that does not stop the change; a message key with arguments. */
public record AssignmentWarning(String messageKey, List<Object> arguments) {

    public AssignmentWarning {
        arguments = List.copyOf(arguments);
    }

    static AssignmentWarning of(String messageKey, Object... arguments) {
        return new AssignmentWarning(messageKey, List.of(arguments));
    }
}
