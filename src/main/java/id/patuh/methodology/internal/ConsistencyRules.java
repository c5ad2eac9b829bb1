package id.patuh.methodology.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Rules spanning several values: weight sums, unique codes, band coverage and references between parts. They read
 * the tree leniently and skip a rule whose inputs were already reported invalid, so that one mistake yields one error
 * rather than a cascade.
 */
final class ConsistencyRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Problems problems;

    ConsistencyRules(Problems problems) {
        this.problems = problems;
    }

    void check(JsonNode root) {
        Mapping doc = Mapping.lenient(root, NodePath.ROOT);
        if (doc == null) {
            return;
        }
        List<Mapping> dimensions = items(doc, "dimensions");
        if (dimensions == null) {
            dimensions = List.of();
        } else {
            checkDimensionWeights(doc, dimensions);
        }
        dimensions.forEach(this::checkIndicatorWeights);
        Set<String> variableCodes = checkCodes(dimensions);
        checkBands(doc, "grades", "category", "category", "Kategori");
        Mapping predicate = Mapping.lenient(doc.value("maladministrationPredicate", false),
                doc.path("maladministrationPredicate"));
        if (predicate != null) {
            checkBands(predicate, "bands", "code", "band code", "Kode rentang");
            if (variableCodes != null) {
                checkBasisVariables(predicate, variableCodes);
            }
        }
    }

    private void checkDimensionWeights(Mapping doc, List<Mapping> dimensions) {
        List<BigDecimal> weights = new ArrayList<>();
        for (Mapping dimension : dimensions) {
            weights.add(dimension == null ? null : weight(dimension));
        }
        BigDecimal sum = sumOrNull(weights);
        if (sum != null && sum.compareTo(HUNDRED) != 0) {
            problems.dimensionWeightSum(doc.path("dimensions"), sum);
        }
    }

    private void checkIndicatorWeights(Mapping dimension) {
        if (dimension == null) {
            return;
        }
        List<Mapping> variables = items(dimension, "variables");
        if (variables == null) {
            return;
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (Mapping variable : variables) {
            List<Mapping> indicators = variable == null ? null : items(variable, "indicators");
            if (indicators == null) {
                return;
            }
            for (Mapping indicator : indicators) {
                weights.add(indicator == null ? null : weight(indicator));
            }
        }
        BigDecimal sum = sumOrNull(weights);
        if (sum != null && sum.compareTo(HUNDRED) != 0) {
            String code = dimension.code("code");
            problems.indicatorWeightSum(dimension.path(), code == null ? dimension.path().dotted() : code, sum);
        }
    }

    /** Reports duplicate codes; returns every variable code, or null if some could not be read. */
    private Set<String> checkCodes(List<Mapping> dimensions) {
        Map<String, NodePath> dimensionCodes = new HashMap<>();
        Map<String, NodePath> variableCodes = new HashMap<>();
        Map<String, NodePath> indicatorCodes = new HashMap<>();
        Set<String> allVariables = new LinkedHashSet<>();
        boolean variablesComplete = true;
        for (Mapping dimension : dimensions) {
            if (dimension == null) {
                variablesComplete = false;
                continue;
            }
            unique(dimension, dimensionCodes, "dimension code", "Kode dimensi");
            List<Mapping> variables = items(dimension, "variables");
            if (variables == null) {
                variablesComplete = false;
                continue;
            }
            for (Mapping variable : variables) {
                if (variable == null) {
                    variablesComplete = false;
                    continue;
                }
                String code = unique(variable, variableCodes, "variable code", "Kode variabel");
                variablesComplete &= code != null;
                if (code != null) {
                    allVariables.add(code);
                }
                for (Mapping indicator : itemsOrNone(variable, "indicators")) {
                    if (indicator != null) {
                        unique(indicator, indicatorCodes, "indicator code", "Kode indikator");
                    }
                }
            }
        }
        return variablesComplete ? allVariables : null;
    }

    private String unique(Mapping item, Map<String, NodePath> seen, String what, String whatId) {
        String code = item.code("code");
        if (code != null) {
            NodePath first = seen.putIfAbsent(code, item.path("code"));
            if (first != null) {
                problems.duplicate(item.path("code"), what, whatId, code, first);
            }
        }
        return code;
    }

    // Bands carry only lower bounds, each band running up to the next one, so they can neither overlap nor leave
    // a gap inside the range: coverage of 0..100 comes down to distinct bounds and one of them at 0.
    private void checkBands(Mapping owner, String field, String labelField, String labelWhat, String labelWhatId) {
        List<Mapping> bands = itemsOrNone(owner, field);
        TreeMap<BigDecimal, NodePath> bounds = new TreeMap<>();
        Map<String, NodePath> labels = new HashMap<>();
        boolean boundsComplete = !bands.isEmpty();
        for (Mapping band : bands) {
            if (band == null) {
                boundsComplete = false;
                continue;
            }
            BigDecimal bound = band.decimal("lowerBound", BigDecimal.ZERO, false, HUNDRED);
            if (bound == null) {
                boundsComplete = false;
            } else {
                NodePath first = bounds.putIfAbsent(bound, band.path("lowerBound"));
                if (first != null) {
                    problems.duplicate(band.path("lowerBound"), "lower bound", "Batas bawah", bound.toPlainString(),
                            first);
                }
            }
            String label = band.optionalText(labelField);
            if (label != null) {
                NodePath first = labels.putIfAbsent(label, band.path(labelField));
                if (first != null) {
                    problems.duplicate(band.path(labelField), labelWhat, labelWhatId, label, first);
                }
            }
        }
        if (boundsComplete) {
            BigDecimal lowest = bounds.firstKey();
            if (lowest.signum() != 0) {
                problems.noBandAtZero(owner.path(field), lowest);
            }
        }
    }

    private void checkBasisVariables(Mapping predicate, Set<String> variableCodes) {
        JsonNode basis = predicate.value("basisVariables", false);
        if (basis == null || !basis.isArray()) {
            return;
        }
        for (int i = 0; i < basis.size(); i++) {
            NodePath path = predicate.path("basisVariables").index(i);
            String code = Mapping.code(basis.get(i), path, Problems.discarding());
            if (code != null && !variableCodes.contains(code)) {
                problems.unknownVariable(path, code, variableCodes);
            }
        }
    }

    private static BigDecimal weight(Mapping weighted) {
        return weighted.decimal("weight", BigDecimal.ZERO, true, HUNDRED);
    }

    private static BigDecimal sumOrNull(List<BigDecimal> values) {
        if (values.isEmpty() || values.contains(null)) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The items of a list field as lenient mappings, an item that is not a mapping being null; null when the field is
     * absent or not a list, so that a rule over the whole list can tell it cannot be judged.
     */
    private static List<Mapping> items(Mapping owner, String field) {
        JsonNode list = owner.value(field, false);
        if (list == null || !list.isArray()) {
            return null;
        }
        List<Mapping> items = new ArrayList<>();
        NodePath path = owner.path(field);
        for (int i = 0; i < list.size(); i++) {
            items.add(Mapping.lenient(list.get(i), path.index(i)));
        }
        return items;
    }

    private static List<Mapping> itemsOrNone(Mapping owner, String field) {
        List<Mapping> items = items(owner, field);
        return items == null ? List.of() : items;
    }
}
