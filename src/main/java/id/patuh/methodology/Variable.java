package id.patuh.methodology;

import java.util.List;
import java.util.Objects;

/** A group of indicators within a dimension (e.g. Kompetensi Pelaksana); it carries no weight of its own. */
public record Variable(String code, LocalizedText name, List<Indicator> indicators) {

    public Variable {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        indicators = List.copyOf(indicators);
    }
}
