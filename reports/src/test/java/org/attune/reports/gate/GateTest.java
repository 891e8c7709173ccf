package org.attune.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RunInfo;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PreferenceSampler;
import org.attune.personas.PreferenceSampler.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {
    @TempDir
    Path tmp;

    private static final GateOptions FAST = GateOptions.builder().resamples(2000).build();

    private Path run(String name, RunInfo info, List<Episode> episodes) {
        return RunFixture.write(tmp.resolve(name), info, episodes);
    }

    private Path baseline() {
        return run("base", RunFixture.info("base"), RunFixture.episodes(RunFixture.AGENT));
    }

    @Test
    void identicalRunsPassWithNoSignificantChangeEverywhere() {
        Path cand = run("cand", RunFixture.info("cand"), RunFixture.episodes(RunFixture.AGENT));
        GateOutcome out = Gate.compare(baseline(), cand, GateOptions.defaults());
        assertThat(out.exitCode()).isZero();
        GateReport r = (GateReport) out;
        assertThat(r.verdict()).isEqualTo("no regression");
        assertThat(r.metrics()).extracting(MetricResult::id).containsExactly(
                "alignment.generic", "correctness.generic", "editCostNormalized.generic", "recall.generic",
                "alignment.discovery", "normalizedGain.discovery", "worseThanGenericRate.discovery",
                "correctness.discovery", "editCostNormalized.discovery", "recall.discovery",
                "alignment.oracle", "worseThanGenericRate.oracle", "correctness.oracle", "editCostNormalized.oracle",
                "recall.oracle");
        assertThat(r.comparisons()).extracting(GateReport.Comparison::condition)
                .containsExactly("generic", "discovery", "oracle");
        assertThat(applicable(r)).hasSize(13).allSatisfy(m -> {
            assertThat(m.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
            assertThat(m.delta()).isZero();
            assertThat(m.lo()).isZero();
            assertThat(m.hi()).isZero();
        });
        assertThat(r.pairing().matched()).isEqualTo(144);
        assertThat(r.pairing().clusters()).isEqualTo(48);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.attributes()).isEmpty();
        assertThat(r.episodes()).isEmpty();
    }

    @Test
    void aClearlyWorseCandidateFailsNamingTheMetricAndTheAttribute() {
        // the candidate stops honouring the word budget when it personalizes
        List<Episode> worse = RunFixture.mapCriteria(RunFixture.episodes(RunFixture.AGENT),
                c -> !c.episode().condition().equals("generic") && c.score().attribute().equals("word-budget")
                        ? c.with(1.0) : c);
        Path cand = run("cand", RunFixture.info("cand"), worse);
        GateReport r = (GateReport) Gate.compare(baseline(), cand, FAST);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.verdict()).isEqualTo("regression");
        assertThat(r.regressions()).extracting(MetricResult::id)
                .contains("alignment.discovery", "alignment.oracle")
                .doesNotContain("alignment.generic", "correctness.discovery", "recall.discovery");
        assertThat(r.regressedAttributes()).extracting(AttributeChange::attribute).containsExactly("word-budget");
        MetricResult alignment = metric(r, "alignment.discovery");
        assertThat(alignment.delta()).isLessThan(-0.3);
        assertThat(alignment.hi()).isLessThan(-0.1);
        assertThat(r.episodes()).hasSize(10).allSatisfy(e -> assertThat(e.delta()).isNegative());
        String console = GateConsole.render(r);
        assertThat(console).startsWith("Attune gate: REGRESSION (exit 1)")
                .contains("Regressed: builtin:reference / discovery alignment.discovery ")
                .contains("Regressed attributes: builtin:reference word-budget");
    }

    @Test
    void aTinyRandomPerturbationDoesNotFailEvenStrictly() {
        SplitMix64 rng = new SplitMix64(PreferenceSampler.streamSeed("noise"));
        List<Episode> noisy = RunFixture.mapCriteria(RunFixture.episodes(RunFixture.AGENT),
                c -> c.with(c.score().score() + (rng.nextDouble() - 0.5) * 0.1));
        Path cand = run("cand", RunFixture.info("cand"), noisy);
        for (boolean strict : new boolean[] {false, true}) {
            GateOutcome out = Gate.compare(baseline(), cand, GateOptions.builder().resamples(2000).strict(strict)
                    .build());
            assertThat(out.exitCode()).as("strict=" + strict).isZero();
            GateReport r = (GateReport) out;
            assertThat(applicable(r)).allSatisfy(m -> assertThat(m.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE));
            assertThat(Math.abs(metric(r, "alignment.discovery").delta())).isLessThan(0.02);
        }
    }

    @Test
    void strictFailsWhenTheIntervalMerelyReachesPastTheThreshold() {
        // every criterion falls by 0.1 on average with noise: the interval straddles -0.1
        SplitMix64 rng = new SplitMix64(PreferenceSampler.streamSeed("shift"));
        List<Episode> shifted = RunFixture.mapCriteria(RunFixture.episodes(RunFixture.AGENT),
                c -> c.with(c.score().score() - 0.1 + (rng.nextDouble() - 0.5) * 0.6));
        Path cand = run("cand", RunFixture.info("cand"), shifted);
        GateReport lenient = (GateReport) Gate.compare(baseline(), cand, FAST);
        MetricResult a = metric(lenient, "alignment.discovery");
        assertThat(a.lo()).isLessThan(-0.1);
        assertThat(a.hi()).isGreaterThan(-0.1);
        assertThat(a.verdict()).isNotEqualTo(Verdict.REGRESSION);
        GateReport strict = (GateReport) Gate.compare(baseline(), cand,
                GateOptions.builder().resamples(2000).strict(true).build());
        assertThat(metric(strict, "alignment.discovery").verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(strict.exitCode()).isEqualTo(1);
    }

    @Test
    void aDifferentJudgeIsNotComparableUnlessMismatchIsAllowed() {
        Path cand = run("cand", RunFixture.withJudge(RunFixture.info("cand"), "openai:gpt-4o"),
                RunFixture.episodes(RunFixture.AGENT));
        GateOutcome out = Gate.compare(baseline(), cand, FAST);
        assertThat(out.exitCode()).isEqualTo(3);
        assertThat(((NotComparable) out).reasons()).singleElement().asString()
                .contains("judge spec").contains("builtin:judge").contains("openai:gpt-4o");
        assertThat(GateConsole.render(out)).startsWith("Attune gate: NOT COMPARABLE (exit 3)").contains("judge spec");

        GateOutcome allowed = Gate.compare(baseline(), cand, GateOptions.builder().resamples(2000)
                .allowMismatch(true).build());
        assertThat(allowed.exitCode()).isZero();
        assertThat(((GateReport) allowed).warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("NOT COMPARABLE, compared anyway").contains("judge spec"));
    }

    @Test
    void anUnfinishedRunIsNotComparableUnlessMismatchIsAllowed() {
        // an interrupted candidate (exit 130) would otherwise pass on the episodes it happened to finish
        RunInfo info = RunFixture.info("cand").withEnd(null, java.util.Map.of("planned", 300, "finished", 132));
        Path cand = run("cand", info, RunFixture.episodes(RunFixture.AGENT));
        NotComparable nc = (NotComparable) Gate.compare(baseline(), cand, FAST);
        assertThat(nc.exitCode()).isEqualTo(3);
        assertThat(nc.reasons()).singleElement().asString()
                .isEqualTo("the candidate run is unfinished: 132 of 300 planned episodes (complete it with attune run"
                        + " --resume " + cand + ")");
        GateOutcome allowed = Gate.compare(baseline(), cand, GateOptions.builder().resamples(2000)
                .allowMismatch(true).build());
        assertThat(allowed.exitCode()).isZero();
        RunInfo done = RunFixture.info("cand2").withEnd("2026-12-04T10:00:00Z", java.util.Map.of("planned", 300,
                "finished", 300));
        assertThat(Gate.compare(baseline(), run("cand2", done, RunFixture.episodes(RunFixture.AGENT)), FAST)
                .exitCode()).isZero();
    }

    @Test
    void otherConfigurationDifferencesAreNamed() {
        RunInfo info = RunFixture.withMaxTurns(RunFixture.info("cand"), 1);
        info = RunFixture.withSettings(info, RunFixture.settings("sha256:templates-2", 0.7));
        Path cand = run("cand", info, RunFixture.episodes(RunFixture.AGENT));
        NotComparable nc = (NotComparable) Gate.compare(baseline(), cand, FAST);
        assertThat(nc.reasons()).hasSize(2);
        assertThat(nc.reasons().get(0)).startsWith("settings.templates differs");
        assertThat(nc.reasons().get(1)).startsWith("--max-turns differs: 5 in the baseline, 1 in the candidate");
    }

    @Test
    void differentActivePreferencesAreNotComparable() {
        List<Episode> eps = new ArrayList<>();
        for (Episode e : RunFixture.episodes(RunFixture.AGENT)) {
            List<PreferenceWeight> prefs = e.preferences().stream()
                    .map(p -> new PreferenceWeight(p.attribute(), "5", p.weight())).toList();
            eps.add(new Episode(e.schema(), e.key(), e.task(), e.item(), e.persona(), e.condition(), e.agent(),
                    e.epoch(), e.question(), e.goldAnswer(), prefs, e.turns(), e.response(), e.error(), e.scores(),
                    e.usage(), e.costUsd(), e.timing(), null, null, null));
        }
        NotComparable nc = (NotComparable) Gate.compare(baseline(), run("cand", RunFixture.info("cand"), eps), FAST);
        assertThat(nc.reasons()).singleElement().asString().contains("active preferences differ in 144 of 144");
    }

    @Test
    void aRenamedAgentPairsThroughTheAgentMap() {
        Path base = run("base", RunFixture.info("base"), RunFixture.episodes("builtin:plain"));
        Path cand = run("cand", RunFixture.info("cand"), RunFixture.episodes("builtin:reference"));
        GateOutcome unmapped = Gate.compare(base, cand, FAST);
        assertThat(unmapped.exitCode()).isEqualTo(3);
        assertThat(((NotComparable) unmapped).reasons().get(0)).contains("--agent-map");

        GateOptions mapped = GateOptions.builder().resamples(2000)
                .agentMap(AgentMap.parse(List.of("builtin:plain=builtin:reference"))).build();
        GateReport r = (GateReport) Gate.compare(base, cand, mapped);
        assertThat(r.exitCode()).isZero();
        assertThat(r.pairing().matched()).isEqualTo(144);
        assertThat(r.settings().agentMap()).containsExactly("builtin:plain=builtin:reference");

        GateOptions typo = GateOptions.builder().agentMap(AgentMap.parse(List.of("builtin:plane=x"))).build();
        assertThatThrownBy(() -> Gate.compare(base, cand, typo)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the baseline has no agent \"builtin:plane\"");
    }

    @Test
    void unmatchedAndErroredEpisodesAreReportedAndLeftOut() {
        List<Episode> eps = new ArrayList<>(RunFixture.episodes(RunFixture.AGENT));
        eps.removeIf(e -> e.item().equals("i0")); // 12 episodes only in the baseline
        Episode failed = eps.remove(0);
        eps.add(new Episode(failed.schema(), failed.key(), failed.task(), failed.item(), failed.persona(),
                failed.condition(), failed.agent(), failed.epoch(), failed.question(), failed.goldAnswer(),
                failed.preferences(), failed.turns(), null, new ErrorInfo("timeout", "model did not answer"), null,
                failed.usage(), 0, failed.timing(), null, null, null));
        GateReport r = (GateReport) Gate.compare(baseline(), run("cand", RunFixture.info("cand"), eps), FAST);
        assertThat(r.exitCode()).isZero();
        assertThat(r.pairing().onlyBaseline()).isEqualTo(12);
        assertThat(r.pairing().onlyCandidate()).isZero();
        assertThat(r.pairing().onlyBaselineKeys()).first().asString().startsWith("math|i0|p0|");
        assertThat(r.pairing().matched()).isEqualTo(132);
        assertThat(r.pairing().compared()).isEqualTo(131);
        assertThat(r.pairing().erroredCandidate()).isEqualTo(1);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("unmatched episodes: 12 only in the baseline"))
                .anySatisfy(w -> assertThat(w).startsWith("the candidate errored in 1"));
    }

    @Test
    void missingOrCorruptDirectoriesAreInputErrors() throws IOException {
        Path base = baseline();
        assertThatThrownBy(() -> Gate.compare(base, tmp.resolve("nowhere"), FAST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("candidate run directory not found");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> Gate.compare(base, empty, FAST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no run.json");
        Path corrupt = run("corrupt", RunFixture.info("c"), RunFixture.episodes(RunFixture.AGENT).subList(0, 1));
        Files.writeString(corrupt.resolve("episodes.jsonl"), "{not json}\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> Gate.compare(base, corrupt, FAST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("episodes.jsonl:2:");
        Path brokenInfo = run("broken", RunFixture.info("b"), RunFixture.episodes(RunFixture.AGENT));
        Files.writeString(brokenInfo.resolve("run.json"), "{\"schema\": \"attune.run/v1\", \"seed\": \"x\"");
        assertThatThrownBy(() -> Gate.compare(brokenInfo, base, FAST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("run.json");
        Path noEpisodes = run("none", RunFixture.info("n"), List.of());
        assertThatThrownBy(() -> Gate.compare(base, noEpisodes, FAST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no finished episodes");
    }

    @Test
    void gainAndWorseThanGenericFollowTheirDefinitions() {
        // two (item, persona) pairs; alignment per condition (generic, discovery, oracle):
        // baseline (2, 3, 4) and (2, 2.5, 5): gain (1 + 0.5) / (2 + 3) = 0.3, none worse than generic
        // candidate (2, 1.5, 4) and (2, 2.5, 5): gain (-0.5 + 0.5) / 5 = 0, one of two worse
        Path base = run("base", RunFixture.info("base"), List.of(
                ep("i1", "generic", 2), ep("i1", "discovery", 3), ep("i1", "oracle", 4),
                ep("i2", "generic", 2), ep("i2", "discovery", 2.5), ep("i2", "oracle", 5)));
        Path cand = run("cand", RunFixture.info("cand"), List.of(
                ep("i1", "generic", 2), ep("i1", "discovery", 1.5), ep("i1", "oracle", 4),
                ep("i2", "generic", 2), ep("i2", "discovery", 2.5), ep("i2", "oracle", 5)));
        GateReport r = (GateReport) Gate.compare(base, cand, FAST);
        MetricResult gain = metric(r, "normalizedGain.discovery");
        assertThat(gain.baseline()).isCloseTo(0.3, within(1e-12));
        assertThat(gain.candidate()).isCloseTo(0.0, within(1e-12));
        assertThat(gain.delta()).isCloseTo(-0.3, within(1e-12));
        assertThat(gain.pairs()).isEqualTo(2);
        MetricResult worse = metric(r, "worseThanGenericRate.discovery");
        assertThat(worse.baseline()).isZero();
        assertThat(worse.candidate()).isEqualTo(0.5);
        assertThat(worse.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        // resamples of two clusters: the gain change is -0.25 - 0.5 (i1 twice), -0.3 (both) or 0 (i2 twice)
        assertThat(gain.lo()).isCloseTo(-0.75, within(1e-12));
        assertThat(gain.hi()).isCloseTo(0.0, within(1e-12));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("only 2 (item, persona) clusters"));
    }

    private static Episode ep(String item, String condition, double alignment) {
        return RunFixture.episode("math", item, "p0", condition, RunFixture.AGENT, 0, List.of("word-budget"),
                List.of(new org.attune.api.CriterionScore("word-budget", alignment, "rules", "x")), true, -1);
    }

    static MetricResult metric(GateReport r, String id) {
        return r.metrics().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    static List<MetricResult> applicable(GateReport r) {
        return r.metrics().stream().filter(m -> m.verdict() != Verdict.NOT_APPLICABLE).toList();
    }
}
