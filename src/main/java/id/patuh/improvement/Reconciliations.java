package id.patuh.improvement;

import id.patuh.DomainException;
import id.patuh.identity.PatuhUser;
import id.patuh.registry.Entities;
import id.patuh.registry.Entity;
import id.patuh.results.EntityResultDetail;
import id.patuh.results.PublishedResults;
import id.patuh.results.UnitResultRow;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconciliation once official results exist: how the entity's self-assessment compared with the Ombudsman's answers,
 * indicator by indicator (matched by indicator code, so a round under a newer methodology still meets the codes it
 * carried over), and whether the entity systematically over- or under-states itself.
 */
@Service
public class Reconciliations {

    static final BigDecimal THRESHOLD = new BigDecimal("0.25");

    private final SelfAssessments selfAssessments;
    private final Findings findings;
    private final PublishedResults published;
    private final Entities entities;

    Reconciliations(SelfAssessments selfAssessments, Findings findings, PublishedResults published, Entities entities) {
        this.selfAssessments = selfAssessments;
        this.findings = findings;
        this.published = published;
        this.entities = entities;
    }

    /** The published years a round can be reconciled with, newest first. */
    public List<Integer> years(PatuhUser reader, String entityCode, long roundId) {
        selfAssessments.round(reader, entityCode, roundId);
        return findings.yearsOf(entityCode);
    }

    /** Reconciles a round with a published year (the newest when null); 404 while nothing is published. */
    public Reconciliation of(PatuhUser reader, String entityCode, long roundId, Integer year) {
        SelfAssessmentRound round = selfAssessments.round(reader, entityCode, roundId);
        List<Integer> years = findings.yearsOf(entityCode);
        if (years.isEmpty() || (year != null && !years.contains(year))) {
            throw DomainException.notFound("improvement.reconciliation.noOfficial", entityCode,
                    year == null ? "" : year);
        }
        int chosen = year == null ? years.get(0) : year;
        Entity entity = entities.require(entityCode);
        Map<String, Map<String, Integer>> levels = selfAssessments.levelsOf(roundId);
        EntityPrediction prediction = selfAssessments.predict(reader, round);
        EntityResultDetail official = published.entity(chosen, entityCode);
        List<Reconciliation.Line> lines = new ArrayList<>();
        List<Reconciliation.UnitLine> units = new ArrayList<>();
        for (UnitPrediction unit : prediction.units()) {
            Map<String, Integer> self = levels.getOrDefault(unit.unitCode(), Map.of());
            Map<String, Findings.Official> officialLevels = findings.officialOf(chosen, entity, unit.unitCode());
            for (Map.Entry<String, Integer> answer : new java.util.TreeMap<>(self).entrySet()) {
                Findings.Official o = officialLevels.get(answer.getKey());
                if (o == null) {
                    continue;
                }
                lines.add(new Reconciliation.Line(unit.unitCode(), answer.getKey(), o.dimensionCode(), answer.getValue(),
                        o.level(), o.indicator().scale().maxLevel(),
                        BigDecimal.valueOf(answer.getValue()).subtract(o.level())));
            }
            BigDecimal officialScore = official.units().stream().filter(u -> u.unitCode().equals(unit.unitCode()))
                    .map(UnitResultRow::score).findFirst().orElse(null);
            BigDecimal predicted = unit.answered() == 0 ? null : unit.score();
            units.add(new Reconciliation.UnitLine(unit.unitCode(), unit.unitName(), predicted, officialScore,
                    predicted == null || officialScore == null ? null : predicted.subtract(officialScore)));
        }
        int over = (int) lines.stream().filter(l -> l.difference().signum() > 0).count();
        int under = (int) lines.stream().filter(l -> l.difference().signum() < 0).count();
        BigDecimal mean = mean(lines.stream().map(Reconciliation.Line::difference).toList());
        Map<String, List<BigDecimal>> byDimension = new LinkedHashMap<>();
        lines.forEach(l -> byDimension.computeIfAbsent(l.dimensionCode(), k -> new ArrayList<>()).add(l.difference()));
        Map<String, BigDecimal> meanByDimension = new LinkedHashMap<>();
        byDimension.forEach((dimension, differences) -> meanByDimension.put(dimension, mean(differences)));
        Reconciliation.Tendency tendency = Reconciliation.Tendency.BALANCED;
        if (mean != null && mean.compareTo(THRESHOLD) >= 0 && over > under) {
            tendency = Reconciliation.Tendency.OVERSTATED;
        } else if (mean != null && mean.compareTo(THRESHOLD.negate()) <= 0 && under > over) {
            tendency = Reconciliation.Tendency.UNDERSTATED;
        }
        return new Reconciliation(round, chosen, lines, units, lines.size(), over, under, lines.size() - over - under,
                mean, meanByDimension, tendency);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
