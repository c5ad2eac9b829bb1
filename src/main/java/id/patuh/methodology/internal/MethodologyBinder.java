package id.patuh.methodology.internal;

import id.patuh.registry.EntityType;
import id.patuh.registry.UnitKind;

import id.patuh.methodology.AggregationRules;
import id.patuh.methodology.AggregationRules.RespondentAggregation;
import id.patuh.methodology.AggregationRules.RespondentTarget;
import id.patuh.methodology.AggregationRules.Rounding;
import id.patuh.methodology.AggregationRules.TargetScope;
import id.patuh.methodology.AggregationRules.UnitAggregation;
import id.patuh.methodology.AnswerScale;
import id.patuh.methodology.Applicability;
import id.patuh.methodology.DataSource;
import id.patuh.methodology.Dimension;
import id.patuh.methodology.GradeBand;
import id.patuh.methodology.Indicator;
import id.patuh.methodology.LocalizedText;
import id.patuh.methodology.MaladministrationPredicate;
import id.patuh.methodology.Methodology;
import id.patuh.methodology.MethodologyStatus;
import id.patuh.methodology.Origin;
import id.patuh.methodology.ScaleLevel;
import id.patuh.methodology.Variable;
import id.patuh.methodology.YearRange;
import id.patuh.methodology.Zone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Binds the YAML tree to the public records, reporting every field-level error. Rules that span several values
 * (sums, uniqueness, band coverage) are {@link ConsistencyRules}' job.
 */
final class MethodologyBinder {

    private static final List<String> ROOT_FIELDS = List.of("id", "name", "years", "status", "provenance", "scales",
            "dimensions", "grades", "aggregation", "maladministrationPredicate");
    private static final List<String> DIMENSION_FIELDS = List.of("code", "name", "weight", "variables");
    private static final List<String> VARIABLE_FIELDS = List.of("code", "name", "indicators");
    private static final List<String> INDICATOR_FIELDS = List.of("code", "text", "source", "scale", "weight",
            "recommendation", "applicability", "origin");
    private static final List<String> GRADE_FIELDS = List.of("category", "opinion", "zone", "lowerBound");
    private static final List<String> PREDICATE_FIELDS = List.of("basisVariables", "provisional", "bands");
    private static final List<String> PREDICATE_BAND_FIELDS = List.of("code", "label", "lowerBound");
    private static final List<String> YEAR_FIELDS = List.of("firstYear", "lastYear");
    private static final List<String> SCALE_FIELDS = List.of("levels");
    private static final List<String> LEVEL_FIELDS = List.of("value", "label");
    private static final List<String> APPLICABILITY_FIELDS = List.of("entityTypes", "unitKinds");
    private static final List<String> AGGREGATION_FIELDS = List.of("respondents", "unitToEntity", "rounding",
            "targets");
    private static final List<String> ROUNDING_FIELDS = List.of("scale", "mode");
    private static final List<String> TARGET_FIELDS = List.of("count", "per");

    private static final Pattern METHODOLOGY_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int FIRST_ASSESSABLE_YEAR = 2000;
    private static final int LAST_ASSESSABLE_YEAR = 2100;
    private static final int MAX_ROUNDING_SCALE = 6;
    private static final int MAX_TARGET_COUNT = 100_000;

    private final Problems problems;

    MethodologyBinder(Problems problems) {
        this.problems = problems;
    }

    /** The methodology, or null when any part of it was reported as invalid. */
    Methodology bind(JsonNode root) {
        Mapping doc = Mapping.of(root, NodePath.ROOT, problems, ROOT_FIELDS);
        if (doc == null) {
            return null;
        }
        String id = doc.identifier("id", METHODOLOGY_ID,
                "lower-case letters and digits separated by single hyphens, e.g. ombudsman-2022",
                "huruf kecil dan angka dipisah satu tanda hubung, mis. ombudsman-2022");
        LocalizedText name = doc.localized("name", true);
        YearRange years = years(doc.mapping("years", true, YEAR_FIELDS));
        MethodologyStatus status = doc.enumeration("status", MethodologyStatus.class, true);
        LocalizedText provenance = doc.localized("provenance", true);
        Scales scales = scales(doc.mapping("scales", true, null));
        List<Dimension> dimensions = doc.list("dimensions", true, (node, path) -> dimension(node, path, scales));
        List<GradeBand> grades = doc.list("grades", true, this::grade);
        AggregationRules aggregation = aggregation(doc.mapping("aggregation", true, AGGREGATION_FIELDS));
        MaladministrationPredicate predicate = null;
        boolean predicateValid = true;
        if (doc.has("maladministrationPredicate")) {
            predicate = predicate(doc.mapping("maladministrationPredicate", true, PREDICATE_FIELDS));
            predicateValid = predicate != null;
        }
        if (!predicateValid || anyNull(id, name, years, status, provenance, dimensions, grades, aggregation)) {
            return null;
        }
        return new Methodology(id, name, years, status, provenance, dimensions, grades, aggregation, predicate);
    }

    private YearRange years(Mapping years) {
        if (years == null) {
            return null;
        }
        Integer first = years.integer("firstYear", true, FIRST_ASSESSABLE_YEAR, LAST_ASSESSABLE_YEAR);
        Integer last = years.integer("lastYear", false, FIRST_ASSESSABLE_YEAR, LAST_ASSESSABLE_YEAR);
        if (first == null || (last == null && years.has("lastYear"))) {
            return null;
        }
        if (last != null && last < first) {
            problems.yearsReversed(years.path("lastYear"), first, last);
            return null;
        }
        return new YearRange(first, last);
    }

    /**
     * Scales that are valid, plus every declared code so that a broken scale is not also reported as unknown;
     * {@code readable} is false when {@code scales} itself is missing or malformed, and references cannot be judged.
     */
    private record Scales(Map<String, AnswerScale> valid, Set<String> declared, boolean readable) {
    }

    private Scales scales(Mapping scales) {
        Map<String, AnswerScale> valid = new LinkedHashMap<>();
        Set<String> declared = new LinkedHashSet<>();
        if (scales == null) {
            return new Scales(valid, declared, false);
        }
        if (!scales.entries().iterator().hasNext()) {
            problems.empty(scales.path());
        }
        for (Map.Entry<String, JsonNode> entry : scales.entries()) {
            String code = entry.getKey();
            declared.add(code);
            NodePath path = scales.path(code);
            if (!Mapping.isCode(code, path, problems)) {
                continue;
            }
            AnswerScale scale = scale(code, entry.getValue(), path);
            if (scale != null) {
                valid.put(code, scale);
            }
        }
        return new Scales(valid, declared, true);
    }

    private AnswerScale scale(String code, JsonNode node, NodePath path) {
        Mapping scale = Mapping.of(node, path, problems, SCALE_FIELDS);
        if (scale == null) {
            return null;
        }
        List<ScaleLevel> levels = scale.list("levels", true, this::level);
        if (levels == null) {
            return null;
        }
        if (levels.size() < 2) {
            problems.tooFewLevels(scale.path("levels"), levels.size());
            return null;
        }
        boolean ordered = true;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).value() != i) {
                problems.levelOutOfOrder(scale.path("levels").index(i).field("value"), i, levels.get(i).value());
                ordered = false;
            }
        }
        return ordered ? new AnswerScale(code, levels) : null;
    }

    private ScaleLevel level(JsonNode node, NodePath path) {
        Mapping level = Mapping.of(node, path, problems, LEVEL_FIELDS);
        if (level == null) {
            return null;
        }
        Integer value = level.integer("value", true, 0, Integer.MAX_VALUE);
        LocalizedText label = level.localized("label", true);
        return anyNull(value, label) ? null : new ScaleLevel(value, label);
    }

    private Dimension dimension(JsonNode node, NodePath path, Scales scales) {
        Mapping dimension = Mapping.of(node, path, problems, DIMENSION_FIELDS);
        if (dimension == null) {
            return null;
        }
        String code = dimension.code("code");
        LocalizedText name = dimension.localized("name", true);
        BigDecimal weight = dimension.decimal("weight", BigDecimal.ZERO, true, HUNDRED);
        List<Variable> variables = dimension.list("variables", true,
                (item, itemPath) -> variable(item, itemPath, scales));
        return anyNull(code, name, weight, variables) ? null : new Dimension(code, name, weight, variables);
    }

    private Variable variable(JsonNode node, NodePath path, Scales scales) {
        Mapping variable = Mapping.of(node, path, problems, VARIABLE_FIELDS);
        if (variable == null) {
            return null;
        }
        String code = variable.code("code");
        LocalizedText name = variable.localized("name", true);
        List<Indicator> indicators = variable.list("indicators", true,
                (item, itemPath) -> indicator(item, itemPath, scales));
        return anyNull(code, name, indicators) ? null : new Variable(code, name, indicators);
    }

    private Indicator indicator(JsonNode node, NodePath path, Scales scales) {
        Mapping indicator = Mapping.of(node, path, problems, INDICATOR_FIELDS);
        if (indicator == null) {
            return null;
        }
        String code = indicator.code("code");
        LocalizedText text = indicator.localized("text", true);
        DataSource source = indicator.enumeration("source", DataSource.class, true);
        AnswerScale scale = scaleReference(indicator, scales);
        BigDecimal weight = indicator.decimal("weight", BigDecimal.ZERO, true, HUNDRED);
        LocalizedText recommendation = indicator.localized("recommendation", true);
        Applicability applicability = indicator.has("applicability")
                ? applicability(indicator.mapping("applicability", true, APPLICABILITY_FIELDS))
                : Applicability.ALL;
        // Absent means reconstructed: a file must claim public attestation explicitly.
        Origin origin = indicator.has("origin")
                ? indicator.enumeration("origin", Origin.class, true)
                : Origin.RECONSTRUCTED;
        if (anyNull(code, text, source, scale, weight, recommendation, applicability, origin)) {
            return null;
        }
        return new Indicator(code, text, source, scale, weight, recommendation, applicability, origin);
    }

    private AnswerScale scaleReference(Mapping indicator, Scales scales) {
        String reference = indicator.code("scale");
        if (reference == null) {
            return null;
        }
        AnswerScale scale = scales.valid().get(reference);
        if (scale == null && scales.readable() && !scales.declared().contains(reference)) {
            problems.unknownScale(indicator.path("scale"), reference, scales.declared());
        }
        return scale;
    }

    private Applicability applicability(Mapping applicability) {
        if (applicability == null) {
            return null;
        }
        Set<EntityType> entityTypes = enumSet(applicability, "entityTypes", EntityType.class);
        Set<UnitKind> unitKinds = enumSet(applicability, "unitKinds", UnitKind.class);
        return anyNull(entityTypes, unitKinds) ? null : new Applicability(entityTypes, unitKinds);
    }

    private <E extends Enum<E>> Set<E> enumSet(Mapping mapping, String field, Class<E> type) {
        List<E> values = mapping.list(field, false,
                (node, path) -> Mapping.enumeration(node, path, problems, type));
        if (values == null) {
            return null;
        }
        Set<E> seen = new HashSet<>();
        boolean distinct = true;
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                problems.listedTwice(mapping.path(field).index(i), values.get(i).name());
                distinct = false;
            }
        }
        return distinct ? seen : null;
    }

    private GradeBand grade(JsonNode node, NodePath path) {
        Mapping grade = Mapping.of(node, path, problems, GRADE_FIELDS);
        if (grade == null) {
            return null;
        }
        String category = grade.optionalText("category");
        LocalizedText opinion = grade.has("opinion") ? grade.localized("opinion", true) : null;
        Zone zone = grade.enumeration("zone", Zone.class, true);
        BigDecimal lowerBound = grade.decimal("lowerBound", BigDecimal.ZERO, false, HUNDRED);
        boolean optionalsValid = (category != null || !grade.has("category"))
                && (opinion != null || !grade.has("opinion"));
        if (!optionalsValid || anyNull(zone, lowerBound)) {
            return null;
        }
        return new GradeBand(category, opinion, zone, lowerBound);
    }

    private AggregationRules aggregation(Mapping aggregation) {
        if (aggregation == null) {
            return null;
        }
        RespondentAggregation respondents = aggregation.enumeration("respondents", RespondentAggregation.class, true);
        UnitAggregation unitToEntity = aggregation.enumeration("unitToEntity", UnitAggregation.class, true);
        Rounding rounding = rounding(aggregation.mapping("rounding", true, ROUNDING_FIELDS));
        Map<DataSource, RespondentTarget> targets = aggregation.has("targets")
                ? targets(aggregation.mapping("targets", true, null))
                : Map.of();
        if (anyNull(respondents, unitToEntity, rounding, targets)) {
            return null;
        }
        return new AggregationRules(respondents, unitToEntity, rounding, targets);
    }

    private Rounding rounding(Mapping rounding) {
        if (rounding == null) {
            return null;
        }
        Integer scale = rounding.integer("scale", true, 0, MAX_ROUNDING_SCALE);
        RoundingMode mode = rounding.enumeration("mode", RoundingMode.class, true);
        // UNNECESSARY throws on any score that needs rounding, so it cannot describe a published rule.
        if (mode == RoundingMode.UNNECESSARY) {
            problems.unknownValue(rounding.path("mode"), mode.name(), Arrays.stream(RoundingMode.values())
                    .filter(candidate -> candidate != RoundingMode.UNNECESSARY)
                    .map(Enum::name)
                    .toList());
            return null;
        }
        return anyNull(scale, mode) ? null : new Rounding(scale, mode);
    }

    private Map<DataSource, RespondentTarget> targets(Mapping targets) {
        if (targets == null) {
            return null;
        }
        Map<DataSource, RespondentTarget> result = new EnumMap<>(DataSource.class);
        boolean complete = true;
        for (Map.Entry<String, JsonNode> entry : targets.entries()) {
            NodePath path = targets.path(entry.getKey());
            DataSource source = Mapping.enumeration(entry.getKey(), path, problems, DataSource.class);
            RespondentTarget target = target(entry.getValue(), path);
            if (source == null || target == null) {
                complete = false;
            } else {
                result.put(source, target);
            }
        }
        return complete ? result : null;
    }

    private RespondentTarget target(JsonNode node, NodePath path) {
        Mapping target = Mapping.of(node, path, problems, TARGET_FIELDS);
        if (target == null) {
            return null;
        }
        Integer count = target.integer("count", true, 1, MAX_TARGET_COUNT);
        TargetScope per = target.enumeration("per", TargetScope.class, true);
        return anyNull(count, per) ? null : new RespondentTarget(count, per);
    }

    private MaladministrationPredicate predicate(Mapping predicate) {
        if (predicate == null) {
            return null;
        }
        List<String> basis = predicate.list("basisVariables", true,
                (node, path) -> Mapping.code(node, path, problems));
        Boolean provisional = predicate.bool("provisional");
        List<MaladministrationPredicate.Band> bands = predicate.list("bands", true, this::predicateBand);
        return anyNull(basis, provisional, bands) ? null : new MaladministrationPredicate(basis, provisional, bands);
    }

    private MaladministrationPredicate.Band predicateBand(JsonNode node, NodePath path) {
        Mapping band = Mapping.of(node, path, problems, PREDICATE_BAND_FIELDS);
        if (band == null) {
            return null;
        }
        String code = band.code("code");
        LocalizedText label = band.localized("label", true);
        BigDecimal lowerBound = band.decimal("lowerBound", BigDecimal.ZERO, false, HUNDRED);
        return anyNull(code, label, lowerBound) ? null : new MaladministrationPredicate.Band(code, label, lowerBound);
    }

    private static boolean anyNull(Object... values) {
        return Arrays.stream(values).anyMatch(Objects::isNull);
    }
}
