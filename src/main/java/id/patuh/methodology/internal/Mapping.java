package id.patuh.methodology.internal;

import id.patuh.methodology.LocalizedText;
import id.patuh.methodology.internal.Problems.Expected;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Typed, error-reporting access to one YAML mapping. Every reader returns null when the value is absent or invalid,
 * after reporting why, so callers build a record only from parts that are all present and keep reading the rest of
 * the document to find every error.
 */
final class Mapping {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:[._-][A-Z0-9]+)*");
    private static final String CODE_RULE = "upper-case letters and digits, optionally separated by '.', '_' or '-'";
    private static final String CODE_RULE_ID = "huruf kapital dan angka, boleh dipisah '.', '_' atau '-'";
    private static final List<String> LOCALIZED_FIELDS = List.of("id", "en");

    private final JsonNode node;
    private final NodePath path;
    private final Problems problems;

    private Mapping(JsonNode node, NodePath path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Reads {@code node} as a mapping whose fields must be among {@code allowed}, or whose keys are free (codes) when
     * {@code allowed} is null; returns null if it is not a mapping.
     */
    static Mapping of(JsonNode node, NodePath path, Problems problems, List<String> allowed) {
        if (!node.isObject()) {
            problems.wrongType(path, Expected.MAPPING, node);
            return null;
        }
        if (allowed != null) {
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    problems.unknownField(path.field(name), allowed);
                }
            }
        }
        return new Mapping(node, path, problems);
    }

    /** Reads an already validated mapping again without reporting anything, for the cross-field rules. */
    static Mapping lenient(JsonNode node, NodePath path) {
        return node != null && node.isObject() ? new Mapping(node, path, Problems.discarding()) : null;
    }

    NodePath path() {
        return path;
    }

    NodePath path(String field) {
        return path.field(field);
    }

    /** Whether the field is present with a non-null value. */
    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The raw value of a field, or null (reported as missing when required). */
    JsonNode value(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.missingField(path(field));
            }
            return null;
        }
        return value;
    }

    Mapping mapping(String field, boolean required, List<String> allowed) {
        JsonNode value = value(field, required);
        return value == null ? null : of(value, path(field), problems, allowed);
    }

    String text(String field) {
        JsonNode value = value(field, true);
        return value == null ? null : text(value, path(field), problems);
    }

    /** Optional free text: null when absent, and also (after reporting) when malformed. */
    String optionalText(String field) {
        JsonNode value = value(field, false);
        return value == null ? null : text(value, path(field), problems);
    }

    String code(String field) {
        JsonNode value = value(field, true);
        return value == null ? null : code(value, path(field), problems);
    }

    String identifier(String field, Pattern pattern, String rule, String ruleId) {
        String value = text(field);
        if (value != null && !pattern.matcher(value).matches()) {
            problems.badPattern(path(field), value, rule, ruleId);
            return null;
        }
        return value;
    }

    LocalizedText localized(String field, boolean required) {
        Mapping texts = mapping(field, required, LOCALIZED_FIELDS);
        if (texts == null) {
            return null;
        }
        String id = texts.text("id");
        String en = texts.text("en");
        return id == null || en == null ? null : new LocalizedText(id, en);
    }

    /** A number within {@code [min, max]}, or {@code (min, max]} when {@code minExclusive}. */
    BigDecimal decimal(String field, BigDecimal min, boolean minExclusive, BigDecimal max) {
        JsonNode value = value(field, true);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.wrongType(path(field), Expected.NUMBER, value);
            return null;
        }
        BigDecimal number = value.decimalValue();
        int lower = number.compareTo(min);
        if (lower < 0 || (minExclusive && lower == 0) || number.compareTo(max) > 0) {
            problems.outOfRange(path(field), number.toPlainString(), min.toPlainString(), minExclusive,
                    max.toPlainString());
            return null;
        }
        return number;
    }

    Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = value(field, required);
        return value == null ? null : integer(value, path(field), problems, min, max);
    }

    Boolean bool(String field) {
        JsonNode value = value(field, true);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.wrongType(path(field), Expected.BOOLEAN, value);
            return null;
        }
        return value.booleanValue();
    }

    <E extends Enum<E>> E enumeration(String field, Class<E> type, boolean required) {
        JsonNode value = value(field, required);
        return value == null ? null : enumeration(value, path(field), problems, type);
    }

    /** Reads each item of a list field; null if the field is invalid or any item is. */
    <T> List<T> list(String field, boolean required, ItemReader<T> reader) {
        JsonNode value = value(field, required);
        if (value == null) {
            return required ? null : List.of();
        }
        NodePath listPath = path(field);
        if (!value.isArray()) {
            problems.wrongType(listPath, Expected.LIST, value);
            return null;
        }
        if (required && value.isEmpty()) {
            problems.empty(listPath);
            return null;
        }
        List<T> items = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < value.size(); i++) {
            T item = reader.read(value.get(i), listPath.index(i));
            complete &= item != null;
            items.add(item);
        }
        return complete ? items : null;
    }

    /** The fields of this mapping in document order, for maps keyed by code. */
    Iterable<Map.Entry<String, JsonNode>> entries() {
        return node.properties();
    }

    static String text(JsonNode value, NodePath path, Problems problems) {
        if (!value.isString()) {
            problems.wrongType(path, Expected.TEXT, value);
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty()) {
            problems.blankText(path);
            return null;
        }
        return text;
    }

    static String code(JsonNode value, NodePath path, Problems problems) {
        String code = text(value, path, problems);
        return code != null && isCode(code, path, problems) ? code : null;
    }

    static boolean isCode(String code, NodePath path, Problems problems) {
        if (CODE.matcher(code).matches()) {
            return true;
        }
        problems.badPattern(path, code, CODE_RULE, CODE_RULE_ID);
        return false;
    }

    static Integer integer(JsonNode value, NodePath path, Problems problems, int min, int max) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.wrongType(path, Expected.INTEGER, value);
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            problems.outOfRange(path, Integer.toString(number), Integer.toString(min), false, Integer.toString(max));
            return null;
        }
        return number;
    }

    static <E extends Enum<E>> E enumeration(JsonNode value, NodePath path, Problems problems, Class<E> type) {
        if (!value.isString()) {
            problems.wrongType(path, Expected.TEXT, value);
            return null;
        }
        return enumeration(value.stringValue().strip(), path, problems, type);
    }

    static <E extends Enum<E>> E enumeration(String name, NodePath path, Problems problems, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problems.unknownValue(path, name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return null;
    }

    /** Reads one list item at its path. */
    @FunctionalInterface
    interface ItemReader<T> {
        T read(JsonNode item, NodePath path);
    }
}
