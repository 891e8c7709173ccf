package org.attune.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the module map over every main class of the reactor (benchmarks sees them all), and shows
 * each rule catches a violation: the {@code archfixture} test classes break one rule each.
 */
class ModuleMapTest {
    private static final ImportOption MAIN = new ImportOption.DoNotIncludeTests();
    private static final JavaClasses REACTOR = new ClassFileImporter().withImportOption(MAIN).importPackages("org.attune");
    private static final JavaClasses WITH_FIXTURES = new ClassFileImporter()
            .withImportOption(l -> MAIN.includes(l) || l.contains("/archfixture/")).importPackages("org.attune");

    @Test
    void everyModuleIsImportedAndTheProductCodeKeepsTheMap() {
        // the import really sees every module (a rule over nothing would pass)
        for (String m : List.of("api", "personas", "tasks", "evaluator", "reports", "testkit", "runners", "benchmarks")) {
            assertThat(REACTOR.stream().anyMatch(c -> ModuleMap.moduleOf(c.getPackageName()).equals(m))).as(m).isTrue();
        }
        assertThat(REACTOR.stream().noneMatch(c -> c.getPackageName().contains("archfixture"))).isTrue();
        ModuleMap.layering().check(REACTOR);
        ModuleMap.noForeignInternals().check(REACTOR);
    }

    @Test
    void anUpwardDependencyAnApiThatUsesOursAndAClassOutsideEveryModuleFailTheLayering() {
        EvaluationResult r = ModuleMap.layering().evaluate(WITH_FIXTURES);
        assertThat(r.hasViolation()).isTrue();
        String report = String.join("\n", r.getFailureReport().getDetails());
        assertThat(report).contains("org.attune.personas.archfixture.ReachesUp", "org.attune.runners.Version",
                "org.attune.api.archfixture.ApiUsesPersonas", "org.attune.personas.Ids",
                "org.attune.testkit.archfixture.TestkitUsesRunners",
                "org.attune.archfixture.OutsideEveryModule");
        // a downward use is no layering violation
        assertThat(report).doesNotContain("ReachesIntoReports");
    }

    @Test
    void aDependencyOnAnotherModulesInternalPackageFails() {
        EvaluationResult r = ModuleMap.noForeignInternals().evaluate(WITH_FIXTURES);
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().getDetails()).hasSize(1).first().asString()
                .contains("org.attune.runners.archfixture.ReachesIntoReports", "org.attune.reports.internal.Fmt");
    }
}
