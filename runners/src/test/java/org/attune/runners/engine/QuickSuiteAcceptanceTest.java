package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.evaluator.Episode;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.Summary;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The default `attune run`: the figures the foundation issue promises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickSuiteAcceptanceTest {
    @TempDir
    static Path tmp;
    Summary summary;
    List<Episode> episodes;

    @BeforeAll
    void runTheQuickSuite() {
        RunConfig req = RunConfigs.builder().suite("quick").conditions(List.of("generic", "discovery", "oracle"))
                .agents(List.of("builtin:reference", "builtin:plain")).concurrency(2).out(tmp.resolve("run")).build();
        RunService.Result r = new RunService().run(req, Progress.silent());
        summary = r.summary();
        episodes = new RunDirectory(r.dir()).readEpisodes();
        System.out.printf("quick suite: %d episodes in %.1f s (%.0f episodes/s)%n", r.outcome().finished(), r.seconds(),
                r.outcome().finished() / r.seconds());
        for (GroupSummary g : summary.groups()) {
            System.out.printf("  %-18s %-9s A=%.3f [%.3f, %.3f] C=%.2f E=%.1f q=%s recall=%s%n", g.agent(), g.condition(),
                    g.alignment().mean(), g.alignment().lo(), g.alignment().hi(), g.correctness().mean(),
                    g.editCost().mean(), g.questions().mean(), g.recall().mean());
        }
    }

    private GroupSummary group(String agent, String condition) {
        return summary.groups().stream().filter(g -> g.agent().equals(agent) && g.condition().equals(condition))
                .findFirst().orElseThrow();
    }

    @Test
    void referenceAlignmentRisesFromGenericToDiscoveryToOracleWithSeparateIntervals() {
        GroupSummary g = group("builtin:reference", "generic");
        GroupSummary d = group("builtin:reference", "discovery");
        GroupSummary o = group("builtin:reference", "oracle");
        assertThat(g.alignment().hi()).isLessThan(d.alignment().lo());
        assertThat(d.alignment().hi()).isLessThan(o.alignment().lo());
        assertThat(d.normalizedGain()).isBetween(0.0, 1.0);
    }

    @Test
    void everyAnswerIsCorrectAndNoEpisodeErred() {
        assertThat(summary.errors()).isZero();
        for (GroupSummary g : summary.groups()) {
            assertThat(g.correctness().mean()).as(g.agent() + " " + g.condition()).isEqualTo(1.0);
        }
    }

    @Test
    void oracleLeavesNothingToEditOnRulesAttributes() {
        AttributeCatalog catalog = AttributeCatalog.builtin();
        for (Episode e : episodes) {
            if (e.agent().equals("builtin:reference") && e.condition().equals("oracle")) {
                e.scores().criteria().stream().filter(c -> catalog.get(c.attribute()).isRules())
                        .forEach(c -> assertThat(c.score()).as(e.key() + " " + c.attribute()).isEqualTo(5.0));
                assertThat(e.scores().editCost()).as(e.key()).isZero();
            }
        }
        assertThat(group("builtin:reference", "oracle").editCost().mean())
                .isLessThan(group("builtin:reference", "generic").editCost().mean());
    }

    @Test
    void plainScoresTheSameInEveryCondition() {
        Map<String, Double> byCondition = summary.groups().stream().filter(g -> g.agent().equals("builtin:plain"))
                .collect(Collectors.toMap(GroupSummary::condition, g -> g.alignment().mean()));
        assertThat(byCondition).hasSize(3);
        assertThat(byCondition.values().stream().distinct()).hasSize(1);
        Function<String, Double> edit = c -> group("builtin:plain", c).editCost().mean();
        assertThat(edit.apply("discovery")).isEqualTo(edit.apply("generic")).isEqualTo(edit.apply("oracle"));
    }
}
