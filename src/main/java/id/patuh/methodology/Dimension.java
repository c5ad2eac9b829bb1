package id.patuh.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A dimension of the assessment; {@code weight} is the most points a unit can earn in it (weights sum to 100). */
public record Dimension(String code, LocalizedText name, BigDecimal weight, List<Variable> variables) {

    public Dimension {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        variables = List.copyOf(variables);
    }

    /** The dimension's indicators across its variables, in file order. */
    public List<Indicator> indicators() {
        return variables.stream().flatMap(variable -> variable.indicators().stream()).toList();
    }
}
