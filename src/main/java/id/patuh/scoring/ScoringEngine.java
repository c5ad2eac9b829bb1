package id.patuh.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores units, entities and whole cycles under one {@link ScoringModel}; immutable, so one instance may be shared
 * by any number of threads.
 *
 * <ul>
 *   <li>indicator score = {@link RespondentAggregation} over respondents of {@code level / maxLevel}, in 0..1;</li>
 *   <li>dimension points = weight × Σ(share / Σ applicable shares × indicator score), capped at the weight;</li>
 *   <li>unit score = Σ dimension points;</li>
 *   <li>entity score = mean of the units' (or, for the 2013–2021 survey, the products') unrounded scores;</li>
 *   <li>grade = the band with the highest lower bound not above the score rounded half-up to the model's scale.</li>
 * </ul>
 * A unit with any missing or invalid answer is not scored but reported incomplete with every issue, and so is its
 * entity. Intermediate values are exact; rounding happens only for display, grading and ranking.
 */
public final class ScoringEngine {

    private final ScoringModel model;
    private final Set<String> indicatorCodes;

    /** An engine for one methodology's rules. */
    public ScoringEngine(ScoringModel model) {
        this.model = Objects.requireNonNull(model, "model");
        Set<String> codes = new HashSet<>();
        for (DimensionRule dimension : model.dimensions()) {
            for (IndicatorRule indicator : dimension.indicators()) {
                codes.add(indicator.code());
            }
        }
        this.indicatorCodes = Set.copyOf(codes);
    }

    /** The rules this engine applies. */
    public ScoringModel model() {
        return model;
    }

    /** Scores one unit from its answers, or takes a directly given score after checking it against the model. */
    public UnitResult scoreUnit(UnitInput unit) {
        return evaluate(unit).result();
    }

    /** Scores an entity as the mean of its units' unrounded scores; incomplete if any unit is. */
    public EntityResult scoreEntity(EntityAnswers entity) {
        List<ScoredUnit> scored = new ArrayList<>(entity.units().size());
        List<IncompleteUnit> incomplete = new ArrayList<>();
        Ratio sum = Ratio.ZERO;
        long count = 0;
        for (UnitInput unit : entity.units()) {
            Evaluation evaluation = evaluate(unit);
            if (evaluation.result() instanceof ScoredUnit scoredUnit) {
                scored.add(scoredUnit);
                for (Ratio contribution : evaluation.contributions()) {
                    sum = sum.plus(contribution);
                    count++;
                }
            } else {
                incomplete.add((IncompleteUnit) evaluation.result());
            }
        }
        if (!incomplete.isEmpty()) {
            return new IncompleteEntity(entity.entityCode(), entity.entityType(), entity.province(), incomplete, scored);
        }
        Ratio mean = sum.dividedBy(count);
        BigDecimal rounded = mean.rounded(model.roundingScale());
        return new ScoredEntity(entity.entityCode(), entity.entityType(), entity.province(),
                mean.value(), rounded, gradeOfRounded(rounded), scored);
    }

    /** Scores every entity of a cycle and ranks the complete ones. */
    public CycleResult scoreCycle(List<EntityAnswers> entities) {
        Set<String> codes = new HashSet<>();
        List<EntityResult> results = new ArrayList<>(entities.size());
        for (EntityAnswers entity : entities) {
            if (!codes.add(entity.entityCode())) {
                throw new IllegalArgumentException("Entity " + entity.entityCode() + " appears twice in the cycle");
            }
            results.add(scoreEntity(entity));
        }
        return new CycleResult(model.methodologyId(), results, Rankings.of(results));
    }

    /** The grade of a score: the score is first rounded half-up to the model's scale, then lower bounds are inclusive. */
    public GradeBand grade(BigDecimal score) {
        return gradeOfRounded(round(score));
    }

    /** A value rounded half-up to the model's scale, as published. */
    public BigDecimal round(BigDecimal value) {
        return value.setScale(model.roundingScale(), RoundingMode.HALF_UP);
    }

    private GradeBand gradeOfRounded(BigDecimal rounded) {
        if (rounded.signum() < 0 || rounded.compareTo(ScoringModel.HUNDRED) > 0) {
            throw new IllegalArgumentException("Only scores in 0..100 have a grade, not " + rounded.toPlainString());
        }
        for (GradeBand band : model.gradeBands()) {
            if (band.lowerBound().compareTo(rounded) <= 0) {
                return band;
            }
        }
        throw new IllegalStateException("The model guarantees a band starting at 0");
    }

    /** A unit's result and the exact values it adds to its entity's mean: one per unit, or one per product. */
    private record Evaluation(UnitResult result, List<Ratio> contributions) {
    }

    /** One filled-in assessment sheet: a unit's answers, or one product's. */
    private record Sheet(Ratio score, List<Ratio> points, List<DimensionPoints> dimensions) {
    }

    private Evaluation evaluate(UnitInput unit) {
        if (unit instanceof DirectUnitScore direct) {
            return evaluateDirect(direct);
        }
        UnitAnswers answers = (UnitAnswers) unit;
        return model.entityAggregation() == EntityAggregation.MEAN_OF_PRODUCTS
                ? evaluateProducts(answers)
                : evaluateUnit(answers);
    }

    private Evaluation evaluateUnit(UnitAnswers unit) {
        if (!unit.products().isEmpty()) {
            throw new IllegalArgumentException("Unit " + unit.unitKey() + " gives answers per product, but methodology "
                    + model.methodologyId() + " scores each unit as a whole");
        }
        List<AnswerIssue> issues = new ArrayList<>();
        Sheet sheet = scoreSheet(null, unit.unitKind(),
                unit.tallies().isEmpty() ? Responses.ofLevels(unit.levels()) : Responses.ofTallies(unit.tallies()), issues);
        if (sheet == null) {
            return new Evaluation(new IncompleteUnit(unit.unitKey(), unit.unitKind(), issues), List.of());
        }
        BigDecimal rounded = sheet.score().rounded(model.roundingScale());
        ScoredUnit scored = new ScoredUnit(unit.unitKey(), unit.unitKind(), sheet.score().value(), rounded,
                gradeOfRounded(rounded), sheet.dimensions(), List.of(), ScoreSource.COMPUTED);
        return new Evaluation(scored, List.of(sheet.score()));
    }

    private Evaluation evaluateProducts(UnitAnswers unit) {
        if (!unit.levels().isEmpty() || !unit.tallies().isEmpty()) {
            throw new IllegalArgumentException("Unit " + unit.unitKey() + " gives answers for the whole unit, but "
                    + "methodology " + model.methodologyId() + " scores each service product");
        }
        if (unit.products().isEmpty()) {
            return new Evaluation(new IncompleteUnit(unit.unitKey(), unit.unitKind(),
                    List.of(AnswerIssue.of(null, null, AnswerProblem.NO_PRODUCT))), List.of());
        }
        List<AnswerIssue> issues = new ArrayList<>();
        List<Sheet> sheets = new ArrayList<>(unit.products().size());
        Set<String> productKeys = new HashSet<>();
        for (ProductAnswers product : unit.products()) {
            if (!productKeys.add(product.productKey())) {
                throw new IllegalArgumentException("Unit " + unit.unitKey() + " lists product " + product.productKey()
                        + " twice");
            }
            sheets.add(scoreSheet(product.productKey(), unit.unitKind(), Responses.ofLevels(product.levels()), issues));
        }
        if (!issues.isEmpty()) {
            return new Evaluation(new IncompleteUnit(unit.unitKey(), unit.unitKind(), issues), List.of());
        }
        int products = sheets.size();
        List<ProductScore> productScores = new ArrayList<>(products);
        List<Ratio> contributions = new ArrayList<>(products);
        Ratio sum = Ratio.ZERO;
        List<Ratio> pointSums = new ArrayList<>();
        for (int d = 0; d < model.dimensions().size(); d++) {
            pointSums.add(Ratio.ZERO);
        }
        for (int p = 0; p < products; p++) {
            Sheet sheet = sheets.get(p);
            BigDecimal rounded = sheet.score().rounded(model.roundingScale());
            productScores.add(new ProductScore(unit.products().get(p).productKey(), sheet.score().value(), rounded,
                    sheet.dimensions()));
            contributions.add(sheet.score());
            sum = sum.plus(sheet.score());
            for (int d = 0; d < pointSums.size(); d++) {
                pointSums.set(d, pointSums.get(d).plus(sheet.points().get(d)));
            }
        }
        List<DimensionPoints> meanPoints = new ArrayList<>(pointSums.size());
        for (int d = 0; d < pointSums.size(); d++) {
            DimensionRule dimension = model.dimensions().get(d);
            Ratio mean = pointSums.get(d).dividedBy(products);
            meanPoints.add(new DimensionPoints(dimension.code(), dimension.weight(), mean.value(),
                    mean.rounded(model.roundingScale()), List.of()));
        }
        Ratio mean = sum.dividedBy(products);
        BigDecimal rounded = mean.rounded(model.roundingScale());
        ScoredUnit scored = new ScoredUnit(unit.unitKey(), unit.unitKind(), mean.value(), rounded,
                gradeOfRounded(rounded), meanPoints, productScores, ScoreSource.COMPUTED);
        return new Evaluation(scored, contributions);
    }

    private Evaluation evaluateDirect(DirectUnitScore direct) {
        if (model.entityAggregation() == EntityAggregation.MEAN_OF_PRODUCTS) {
            throw new IllegalArgumentException("Unit " + direct.unitKey() + " has only a unit score, but methodology "
                    + model.methodologyId() + " averages service products, so a unit score cannot be weighted");
        }
        List<DimensionPoints> dimensions = new ArrayList<>();
        if (!direct.dimensionPoints().isEmpty()) {
            Set<String> expected = new TreeSet<>();
            model.dimensions().forEach(dimension -> expected.add(dimension.code()));
            if (!expected.equals(new TreeSet<>(direct.dimensionPoints().keySet()))) {
                throw new IllegalArgumentException("Unit " + direct.unitKey() + " is given points for dimensions "
                        + new TreeSet<>(direct.dimensionPoints().keySet()) + ", but methodology "
                        + model.methodologyId() + " has dimensions " + expected);
            }
            for (DimensionRule dimension : model.dimensions()) {
                BigDecimal points = direct.dimensionPoints().get(dimension.code());
                if (points.compareTo(dimension.weight()) > 0) {
                    throw new IllegalArgumentException("Unit " + direct.unitKey() + " is given " + points.toPlainString()
                            + " points for dimension " + dimension.code() + ", more than its weight "
                            + dimension.weight().toPlainString());
                }
                dimensions.add(new DimensionPoints(dimension.code(), dimension.weight(), points, round(points),
                        List.of()));
            }
        }
        BigDecimal rounded = round(direct.score());
        ScoredUnit scored = new ScoredUnit(direct.unitKey(), null, direct.score(), rounded, gradeOfRounded(rounded),
                dimensions, List.of(), ScoreSource.DIRECT);
        return new Evaluation(scored, List.of(Ratio.of(direct.score())));
    }

    /** Scores one sheet, or returns null after adding every issue found to {@code issues}. */
    private Sheet scoreSheet(String productKey, String unitKind, Map<String, Responses> levels,
                             List<AnswerIssue> issues) {
        int issuesBefore = issues.size();
        List<DimensionRule> rules = model.dimensions();
        List<Ratio> points = new ArrayList<>(rules.size());
        List<DimensionPoints> dimensions = new ArrayList<>(rules.size());
        Ratio total = Ratio.ZERO;
        int answeredModelIndicators = 0;
        for (DimensionRule dimension : rules) {
            Ratio weightedScores = Ratio.ZERO;
            BigDecimal applicableShares = BigDecimal.ZERO;
            List<IndicatorRule> applicable = new ArrayList<>(dimension.indicators().size());
            List<Ratio> indicatorScores = new ArrayList<>(dimension.indicators().size());
            for (IndicatorRule indicator : dimension.indicators()) {
                Responses answers = levels.get(indicator.code());
                if (answers != null || levels.containsKey(indicator.code())) {
                    answeredModelIndicators++;
                }
                if (!indicator.appliesTo(unitKind)) {
                    if (answers != null && answers.count() > 0) {
                        issues.add(AnswerIssue.of(productKey, indicator.code(), AnswerProblem.NOT_APPLICABLE));
                    }
                    continue;
                }
                applicable.add(indicator);
                applicableShares = applicableShares.add(indicator.share());
                Ratio score = answers == null ? noRespondent(productKey, indicator, issues)
                        : answers.score(productKey, indicator, issues);
                if (score != null) {
                    indicatorScores.add(score);
                    weightedScores = weightedScores.plus(score.times(indicator.share()));
                }
            }
            if (applicable.isEmpty()) {
                throw new IllegalArgumentException("Dimension " + dimension.code() + " of methodology "
                        + model.methodologyId() + " has no indicator that applies to unit kind " + unitKind);
            }
            if (issues.size() > issuesBefore) {
                continue; // keep walking the sheet so that every issue is reported at once
            }
            Ratio dimensionPoints = weightedScores.times(dimension.weight()).dividedBy(applicableShares);
            if (dimensionPoints.compareTo(dimension.weight()) > 0) {
                dimensionPoints = Ratio.of(dimension.weight());
            }
            points.add(dimensionPoints);
            total = total.plus(dimensionPoints);
            dimensions.add(new DimensionPoints(dimension.code(), dimension.weight(), dimensionPoints.value(),
                    dimensionPoints.rounded(model.roundingScale()),
                    indicatorScores(applicable, indicatorScores, applicableShares, levels)));
        }
        if (answeredModelIndicators < levels.size()) {
            addUnknownIndicators(productKey, levels, issues);
        }
        return issues.size() > issuesBefore ? null : new Sheet(total, points, dimensions);
    }

    private static List<IndicatorScore> indicatorScores(List<IndicatorRule> applicable, List<Ratio> scores,
                                                        BigDecimal applicableShares, Map<String, Responses> levels) {
        boolean renormalised = applicableShares.compareTo(ScoringModel.HUNDRED) != 0;
        List<IndicatorScore> result = new ArrayList<>(applicable.size());
        for (int i = 0; i < applicable.size(); i++) {
            IndicatorRule indicator = applicable.get(i);
            BigDecimal effectiveShare = renormalised
                    ? indicator.share().multiply(ScoringModel.HUNDRED).divide(applicableShares, MathContext.DECIMAL128)
                    : indicator.share();
            Ratio score = scores.get(i);
            result.add(new IndicatorScore(indicator.code(), score.numerator().longValueExact(),
                    score.denominator().longValueExact(), levels.get(indicator.code()).count(), effectiveShare));
        }
        return result;
    }

    private static Ratio noRespondent(String productKey, IndicatorRule indicator, List<AnswerIssue> issues) {
        issues.add(AnswerIssue.of(productKey, indicator.code(), AnswerProblem.NO_RESPONDENT));
        return null;
    }

    private void addUnknownIndicators(String productKey, Map<String, Responses> levels, List<AnswerIssue> issues) {
        Set<String> unknown = null;
        for (String code : levels.keySet()) {
            if (!indicatorCodes.contains(code)) {
                if (unknown == null) {
                    unknown = new TreeSet<>();
                }
                unknown.add(code);
            }
        }
        if (unknown != null) {
            for (String code : unknown) {
                issues.add(AnswerIssue.of(productKey, code, AnswerProblem.UNKNOWN_INDICATOR));
            }
        }
    }
}
