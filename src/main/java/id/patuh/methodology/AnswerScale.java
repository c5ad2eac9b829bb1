package id.patuh.methodology;

import java.util.List;
import java.util.Objects;

/** A named answer scale whose levels run 0..n in order; an answer scores {@code level / n} of the indicator. */
public record AnswerScale(String code, List<ScaleLevel> levels) {

    public AnswerScale {
        Objects.requireNonNull(code, "code");
        levels = List.copyOf(levels);
        if (levels.size() < 2) {
            throw new IllegalArgumentException("scale " + code + " needs at least two levels");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).value() != i) {
                throw new IllegalArgumentException("scale " + code + " level " + i + " has value " + levels.get(i).value());
            }
        }
    }

    /** The best answer, n. */
    public int maxLevel() {
        return levels.size() - 1;
    }

    public ScaleLevel level(int value) {
        if (value < 0 || value > maxLevel()) {
            throw new IllegalArgumentException("scale " + code + " has no level " + value);
        }
        return levels.get(value);
    }
}
