package id.patuh.bench;

import id.patuh.scoring.CycleResult;
import id.patuh.scoring.EntityAnswers;
import id.patuh.scoring.ScoredEntity;
import id.patuh.scoring.ScoringEngine;
import id.patuh.scoring.ScoringModel;
import id.patuh.scoring.UnitAnswers;
import id.patuh.scoring.UnitInput;
import id.patuh.scoring.UnitResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Whole-cycle scoring (entity scores, grades, national and province rankings) and one unit's re-scoring. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class ScoringBenchmark {

    private ScoringEngine engine;
    private List<EntityAnswers> cycle;
    private UnitInput oneUnit;

    @Setup(Level.Trial)
    public void generateCycle() {
        ScoringModel model = NationalCycle.model();
        engine = new ScoringEngine(model);
        cycle = NationalCycle.generate(model, 2024L);
        oneUnit = cycle.get(100).units().get(3);
        requireNationalShape();
        CycleResult check = engine.scoreCycle(cycle);
        long scored = check.entities().stream().filter(ScoredEntity.class::isInstance).count();
        if (scored != cycle.size()) {
            throw new IllegalStateException("Only " + scored + " of " + cycle.size() + " entities scored");
        }
    }

    private void requireNationalShape() {
        long units = cycle.stream().mapToLong(entity -> entity.units().size()).sum();
        long answers = 0;
        long interviews = 0;
        for (EntityAnswers entity : cycle) {
            for (UnitInput unit : entity.units()) {
                Map<String, List<Integer>> levels = ((UnitAnswers) unit).levels();
                answers += levels.values().stream().mapToLong(List::size).sum();
                interviews += levels.get("OU-01").size();
            }
        }
        if (cycle.size() != 587 || units != 4_031 || answers != 249_922 || interviews != 64_496) {
            throw new IllegalStateException("Cycle shape changed: " + cycle.size() + " entities, " + units
                    + " units, " + answers + " answers, " + interviews + " interviews");
        }
    }

    @Benchmark
    public CycleResult scoreNationalCycle() {
        return engine.scoreCycle(cycle);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public UnitResult rescoreOneUnit() {
        return engine.scoreUnit(oneUnit);
    }
}
