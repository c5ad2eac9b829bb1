package id.patuh.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/** The scoring engine stays plain Java: no framework, no I/O, no clock, no randomness. */
@AnalyzeClasses(packages = "id.patuh.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringEngineIsPlainJavaTests {

    @ArchTest
    static final ArchRule scoringDependsOnlyOnJavaLangMathAndUtil = classes()
            .that().resideInAPackage("id.patuh.scoring..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java.lang..", "java.math..", "java.util..", "id.patuh.scoring..")
            .because("scores must be reproducible on any machine, outside any framework");

    @ArchTest
    static final ArchRule scoringUsesNoRandomnessOrClock = noClasses()
            .that().resideInAPackage("id.patuh.scoring..")
            .should().dependOnClassesThat()
            .belongToAnyOf(Random.class, SplittableRandom.class, ThreadLocalRandom.class, SecureRandom.class,
                    Clock.class)
            .orShould().callMethod(Math.class, "random")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("the same answers must always give the same scores");
}
