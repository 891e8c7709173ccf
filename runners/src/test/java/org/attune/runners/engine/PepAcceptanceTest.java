package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attune.evaluator.ElicitationSummary;
import org.attune.evaluator.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's acceptance: offline, {@code --agent builtin:pep,builtin:pep@random,builtin:reference --budgets 1,2,3,5}
 * on the quick suite. Prints the curves (docs/spec-notes.md quotes them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PepAcceptanceTest {
    @TempDir
    static Path tmp;
    Summary summary;

    @BeforeAll
    void runTheSweep() {
        RunConfig req = RunConfigs.builder().suite("quick")
                .conditions(PlannedCondition.withBudgets(List.of("generic", "discovery", "oracle"), List.of("1", "2", "3", "5")))
                .agents(List.of("builtin:pep", "builtin:pep@random", "builtin:reference")).concurrency(2)
                .out(tmp.resolve("run")).build();
        summary = new RunService().run(req, Progress.silent()).summary();
        for (ElicitationSummary e : summary.elicitation()) {
            System.out.printf("  %-20s budget %d  alignment %.2f [%.2f, %.2f]  recall %.3f [%.3f, %.3f]  profile P %s R %s%n",
                    e.agent(), e.budget(), e.alignment().mean(), e.alignment().lo(), e.alignment().hi(),
                    e.recall().mean(), e.recall().lo(), e.recall().hi(), e.profilePrecision(), e.profileRecall());
        }
    }

    private ElicitationSummary at(String agent, int budget) {
        return summary.elicitation().stream().filter(e -> e.agent().equals(agent) && e.budget() == budget)
                .findFirst().orElseThrow();
    }

    @Test
    void informationGainElicitsMoreThanRandomQuestionsAtEveryBudget() {
        assertThat(summary.errors()).isZero();
        for (int budget : List.of(1, 2, 3, 5)) {
            ElicitationSummary pep = at("builtin:pep", budget);
            ElicitationSummary random = at("builtin:pep@random", budget);
            assertThat(pep.recall().lo()).as("budget %d: pep %s vs random %s", budget, pep.recall(), random.recall())
                    .isGreaterThan(random.recall().hi());
        }
    }

    @Test
    void atThreeQuestionsPepIsAtLeastAsAlignedAsTheReferenceAgent() {
        assertThat(at("builtin:pep", 3).alignment().mean())
                .isGreaterThanOrEqualTo(at("builtin:reference", 3).alignment().mean());
    }

    @Test
    void curvesRiseWithTheBudget() {
        for (String agent : List.of("builtin:pep", "builtin:pep@random")) {
            assertThat(at(agent, 5).recall().mean()).isGreaterThan(at(agent, 1).recall().mean());
            assertThat(at(agent, 5).profileRecall()).isGreaterThan(at(agent, 1).profileRecall());
        }
    }
}
