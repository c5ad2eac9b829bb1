package id.patuh.methodology.internal;

import id.patuh.methodology.LocalizedText;
import id.patuh.methodology.MethodologyError.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Collects validation errors. Every message is written here, in English and Bahasa Indonesia side by side, so that
 * the two languages are kept in step.
 */
final class Problems {

    /** A reported error whose source position is resolved once the whole document has been checked. */
    record Problem(NodePath path, Kind kind, LocalizedText message) {
    }

    /** The YAML types a field can be expected to hold, with their names in both languages. */
    enum Expected {
        TEXT("text", "teks"),
        NUMBER("a number", "angka"),
        INTEGER("a whole number", "bilangan bulat"),
        BOOLEAN("true or false", "true atau false"),
        LIST("a list", "daftar (list)"),
        MAPPING("a mapping of fields", "pemetaan (mapping) field");

        final String en;
        final String id;

        Expected(String en, String id) {
            this.en = en;
            this.id = id;
        }
    }

    private static final BigDecimal ONE_HUNDREDTH = new BigDecimal("0.01");

    private final boolean recording;
    private final List<Problem> problems = new ArrayList<>();

    private Problems(boolean recording) {
        this.recording = recording;
    }

    static Problems recording() {
        return new Problems(true);
    }

    /** A sink for re-reading values already validated elsewhere, whose errors must not be reported twice. */
    static Problems discarding() {
        return new Problems(false);
    }

    List<Problem> all() {
        return List.copyOf(problems);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    private void add(NodePath path, Kind kind, String en, String id) {
        if (recording) {
            problems.add(new Problem(path, kind, new LocalizedText(id, en)));
        }
    }

    void missingField(NodePath path) {
        add(path, Kind.MISSING_FIELD, "Required field is missing or empty.", "Field wajib tidak ada atau kosong.");
    }

    void unknownField(NodePath path, Collection<String> allowed) {
        String list = String.join(", ", allowed);
        add(path, Kind.UNKNOWN_FIELD,
                "Unknown field; allowed fields here: " + list + ".",
                "Field tidak dikenal; field yang diperbolehkan di sini: " + list + ".");
    }

    void wrongType(NodePath path, Expected expected, JsonNode found) {
        add(path, Kind.WRONG_TYPE,
                "Must be " + expected.en + ", found " + describeEn(found) + ".",
                "Harus berupa " + expected.id + ", ditemukan " + describeId(found) + ".");
    }

    void unknownValue(NodePath path, String value, Collection<String> allowed) {
        String list = String.join(", ", allowed);
        add(path, Kind.UNKNOWN_VALUE,
                "Unknown value \"" + value + "\"; allowed values: " + list + ".",
                "Nilai \"" + value + "\" tidak dikenal; nilai yang diperbolehkan: " + list + ".");
    }

    void blankText(NodePath path) {
        add(path, Kind.INVALID_VALUE, "Text must not be blank.", "Teks tidak boleh kosong.");
    }

    void badPattern(NodePath path, String value, String rule, String ruleId) {
        add(path, Kind.INVALID_VALUE,
                "\"" + value + "\" is not a valid code: " + rule + ".",
                "\"" + value + "\" bukan kode yang sah: " + ruleId + ".");
    }

    void outOfRange(NodePath path, String value, String min, boolean minExclusive, String max) {
        add(path, Kind.INVALID_VALUE,
                value + " is out of range; expected " + (minExclusive ? "more than " : "from ") + min + " up to " + max
                        + ".",
                value + " di luar rentang; seharusnya " + (minExclusive ? "lebih dari " : "dari ") + min + " sampai "
                        + max + ".");
    }

    void empty(NodePath path) {
        add(path, Kind.INVALID_VALUE, "Must not be empty.", "Tidak boleh kosong.");
    }

    void listedTwice(NodePath path, String value) {
        add(path, Kind.DUPLICATE,
                "\"" + value + "\" is listed more than once.",
                "\"" + value + "\" tercantum lebih dari sekali.");
    }

    void yearsReversed(NodePath path, int firstYear, int lastYear) {
        add(path, Kind.INVALID_VALUE,
                "lastYear " + lastYear + " is before firstYear " + firstYear + ".",
                "lastYear " + lastYear + " lebih awal daripada firstYear " + firstYear + ".");
    }

    void tooFewLevels(NodePath path, int levels) {
        add(path, Kind.SCALE,
                "An answer scale needs at least 2 levels; this one has " + levels + ".",
                "Skala jawaban memerlukan paling sedikit 2 level; skala ini memiliki " + levels + ".");
    }

    void levelOutOfOrder(NodePath path, int expected, int found) {
        add(path, Kind.SCALE,
                "Levels must be numbered 0, 1, 2... in order: expected " + expected + ", found " + found + ".",
                "Level harus bernomor urut 0, 1, 2...: seharusnya " + expected + ", ditemukan " + found + ".");
    }

    void unknownScale(NodePath path, String code, Collection<String> defined) {
        String list = defined.isEmpty() ? "(none)" : String.join(", ", defined);
        String listId = defined.isEmpty() ? "(tidak ada)" : String.join(", ", defined);
        add(path, Kind.UNKNOWN_REFERENCE,
                "Scale \"" + code + "\" is not defined under scales; defined scales: " + list + ".",
                "Skala \"" + code + "\" tidak didefinisikan di bawah scales; skala yang ada: " + listId + ".");
    }

    void unknownVariable(NodePath path, String code, Collection<String> defined) {
        String list = String.join(", ", defined);
        add(path, Kind.UNKNOWN_REFERENCE,
                "Variable \"" + code + "\" is not defined in any dimension; defined variables: " + list + ".",
                "Variabel \"" + code + "\" tidak didefinisikan di dimensi mana pun; variabel yang ada: " + list + ".");
    }

    void dimensionWeightSum(NodePath path, BigDecimal sum) {
        add(path, Kind.WEIGHT_SUM,
                "Dimension weights sum to " + sum.toPlainString() + "; they must sum to exactly 100.",
                "Jumlah bobot dimensi " + sum.toPlainString() + "; jumlahnya harus tepat 100.");
    }

    void indicatorWeightSum(NodePath path, String dimension, BigDecimal sum) {
        add(path, Kind.WEIGHT_SUM,
                "Indicator weights in dimension " + dimension + " sum to " + sum.toPlainString()
                        + "; they must sum to exactly 100.",
                "Jumlah bobot indikator pada dimensi " + dimension + " " + sum.toPlainString()
                        + "; jumlahnya harus tepat 100.");
    }

    void duplicate(NodePath path, String what, String whatId, String value, NodePath first) {
        add(path, Kind.DUPLICATE,
                "Duplicate " + what + " \"" + value + "\"; first used at " + first + ".",
                whatId + " \"" + value + "\" ganda; sudah dipakai di " + first + ".");
    }

    void noBandAtZero(NodePath path, BigDecimal lowest) {
        // Scores are published with two decimals, so the uncovered range ends one hundredth below the bound.
        String below = lowest.subtract(ONE_HUNDREDTH).max(BigDecimal.ZERO).toPlainString();
        add(path, Kind.BAND_COVERAGE,
                "No band starts at 0, so scores from 0 to " + below + " would have none; the lowest lower bound is "
                        + lowest.toPlainString() + ".",
                "Tidak ada rentang yang dimulai dari 0, sehingga nilai 0 sampai " + below
                        + " tidak masuk rentang mana pun; batas bawah terendah " + lowest.toPlainString() + ".");
    }

    private static String describeEn(JsonNode node) {
        if (node.isString()) {
            return "text \"" + node.stringValue() + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isBoolean()) {
            return "the boolean " + node.asString();
        }
        return node.isArray() ? "a list" : node.isObject() ? "a mapping" : "an empty value";
    }

    private static String describeId(JsonNode node) {
        if (node.isString()) {
            return "teks \"" + node.stringValue() + "\"";
        }
        if (node.isNumber()) {
            return "angka " + node.asString();
        }
        if (node.isBoolean()) {
            return "boolean " + node.asString();
        }
        return node.isArray() ? "daftar (list)" : node.isObject() ? "pemetaan (mapping)" : "nilai kosong";
    }
}
