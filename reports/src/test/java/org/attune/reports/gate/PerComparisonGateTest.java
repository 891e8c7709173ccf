package org.attune.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.evaluator.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gating per (agent label, condition), never pooled across agents, with family-wise control. */
class PerComparisonGateTest {
    @TempDir
    Path tmp;

    private static final GateOptions FAST = GateOptions.builder().resamples(2000).build();

    /** A's personalized answers stop honouring two preferences: A loses, the other agent is unchanged. */
    private static List<Episode> worse(String agent) {
        return RunFixture.mapCriteria(RunFixture.episodes(agent),
                c -> !c.episode().condition().equals("generic")
                        && (c.score().attribute().equals("word-budget") || c.score().attribute().equals("bullet-list"))
                        ? c.with(1.0) : c);
    }

    /** The same agent, better in personalized conditions than {@link #worse}. */
    private static List<Episode> concat(List<Episode> a, List<Episode> b) {
        List<Episode> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Episode> renamed(List<Episode> eps, String agent) {
        List<Episode> out = new ArrayList<>();
        for (Episode e : eps) {
            out.add(new Episode(e.schema(), Episode.key(e.task(), e.item(), e.persona(), e.condition(), agent, e.epoch()),
                    e.task(), e.item(), e.persona(), e.condition(), agent, e.epoch(), e.question(), e.goldAnswer(),
                    e.preferences(), e.turns(), e.response(), e.error(), e.scores(), e.usage(), e.costUsd(),
                    e.timing(), null, null, null));
        }
        return out;
    }

    @Test
    void swappedAgentsRegressUnderTheLabelThatGotWorseAndAGainElsewhereDoesNotHideIt() {
        List<Episode> good = RunFixture.episodes("x");
        List<Episode> bad = worse("x");
        // baseline: A good, B bad; candidate: A bad, B good (the specs swapped)
        Path base = RunFixture.write(tmp.resolve("base"), RunFixture.info("base"),
                concat(renamed(good, "A"), renamed(bad, "B")));
        Path cand = RunFixture.write(tmp.resolve("cand"), RunFixture.info("cand"),
                concat(renamed(bad, "A"), renamed(good, "B")));
        GateReport r = (GateReport) Gate.compare(base, cand, FAST);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.regressions()).isNotEmpty().allSatisfy(m -> assertThat(m.agent()).isEqualTo("A"));
        assertThat(r.regressions()).extracting(MetricResult::comparison).contains("A / oracle", "A / discovery");
        assertThat(r.improvements()).extracting(MetricResult::comparison).contains("B / oracle");
        assertThat(r.comparisons()).extracting(c -> c.agent() + " / " + c.condition() + ": " + c.verdict())
                .containsExactly("A / generic: no regression", "A / discovery: regression", "A / oracle: regression",
                        "B / generic: no regression", "B / discovery: no regression", "B / oracle: no regression");
        String md = GateFiles.markdown(r, tmp.resolve("gate"));
        assertThat(md).contains("A / oracle (").contains("| A | oracle | Alignment (1-5) |")
                .contains("Family-wise error: bonferroni over the " + r.settings().familySize());
        assertThat(GateConsole.render(r)).contains("Regressed: A / discovery alignment.discovery");
        // what fell is told per agent too: B's gains do not hide A's losses
        assertThat(r.regressedAttributes()).extracting(a -> a.agent() + " " + a.attribute())
                .contains("A word-budget", "A bullet-list").allMatch(s -> s.startsWith("A "));
    }

    @Test
    void bonferroniWidensEachIntervalToTheFamilyWiseLevel() {
        Path base = RunFixture.write(tmp.resolve("base"), RunFixture.info("base"),
                concat(renamed(RunFixture.episodes("x"), "A"), renamed(RunFixture.episodes("x"), "B")));
        Path cand = RunFixture.write(tmp.resolve("cand"), RunFixture.info("cand"),
                concat(renamed(worse("x"), "A"), renamed(RunFixture.episodes("x"), "B")));
        GateReport r = (GateReport) Gate.compare(base, cand, FAST);
        long gated = GateTest.applicable(r).size();
        assertThat(r.settings().familyWise()).isEqualTo("bonferroni");
        assertThat(r.settings().familySize()).isEqualTo((int) gated).isEqualTo(26);
        assertThat(r.settings().adjustedLevel()).isEqualTo(1 - 0.05 / 26, org.assertj.core.api.Assertions.within(1e-12));
        // the same comparison alone (one agent) gets a narrower interval
        Path baseA = RunFixture.write(tmp.resolve("baseA"), RunFixture.info("base"), renamed(RunFixture.episodes("x"), "A"));
        Path candA = RunFixture.write(tmp.resolve("candA"), RunFixture.info("cand"), renamed(worse("x"), "A"));
        GateReport alone = (GateReport) Gate.compare(baseA, candA, FAST);
        MetricResult wide = GateTest.metric(r, "alignment.discovery");
        MetricResult narrow = GateTest.metric(alone, "alignment.discovery");
        assertThat(wide.agent()).isEqualTo("A");
        assertThat(wide.delta()).isEqualTo(narrow.delta());
        assertThat(wide.hi() - wide.lo()).isGreaterThan(narrow.hi() - narrow.lo());
    }

    @Test
    void unitsInOneRunOnlyAreListedAndWithRequireSameLabelsMakeTheRunsNotComparable() {
        Path base = RunFixture.write(tmp.resolve("base"), RunFixture.info("base"),
                concat(renamed(RunFixture.episodes("x"), "A"), renamed(RunFixture.episodes("x"), "B")));
        Path cand = RunFixture.write(tmp.resolve("cand"), RunFixture.info("cand"),
                concat(renamed(RunFixture.episodes("x"), "A"), renamed(RunFixture.episodes("x"), "C")));
        GateReport r = (GateReport) Gate.compare(base, cand, FAST);
        assertThat(r.exitCode()).isZero();
        assertThat(r.labels().onlyBaseline()).containsExactly("B / discovery", "B / generic", "B / oracle");
        assertThat(r.labels().onlyCandidate()).containsExactly("C / discovery", "C / generic", "C / oracle");
        assertThat(r.comparisons()).extracting(GateReport.Comparison::agent).containsOnly("A");
        assertThat(GateFiles.markdown(r, tmp.resolve("gate"))).contains("comparison only in the baseline, not gated: B / oracle");

        GateOutcome strict = Gate.compare(base, cand, GateOptions.builder().resamples(2000).requireSameLabels(true)
                .build());
        assertThat(strict.exitCode()).isEqualTo(3);
        assertThat(((NotComparable) strict).reasons()).singleElement().asString()
                .contains("only in the baseline: B / discovery").contains("C / oracle").contains("--require-same-labels");
    }

    @Test
    void aConditionLabelIsOpaqueSoABudgetLabelGatesLikeAnyCondition() {
        List<Episode> base = new ArrayList<>();
        List<Episode> cand = new ArrayList<>();
        for (Episode e : RunFixture.episodes("A")) {
            base.add(relabel(e, e.condition().equals("discovery") ? "discovery@3" : e.condition()));
        }
        for (Episode e : worse("A")) {
            cand.add(relabel(e, e.condition().equals("discovery") ? "discovery@3" : e.condition()));
        }
        GateReport r = (GateReport) Gate.compare(RunFixture.write(tmp.resolve("b"), RunFixture.info("b"), base),
                RunFixture.write(tmp.resolve("c"), RunFixture.info("c"), cand), FAST);
        assertThat(r.regressions()).extracting(MetricResult::comparison).contains("A / discovery@3");
        assertThat(GateTest.metric(r, "alignment.discovery@3").threshold()).isEqualTo(0.10);
    }

    @Test
    void aSignificantDropWithinTheThresholdIsNamedAsSuchNotAsNoChange() throws Exception {
        // every criterion 0.05 lower: a certain drop, but smaller than the 0.10 alignment threshold
        List<Episode> slightly = RunFixture.mapCriteria(RunFixture.episodes(RunFixture.AGENT),
                c -> c.with(c.score().score() - 0.05));
        Path base = RunFixture.write(tmp.resolve("base"), RunFixture.info("base"), RunFixture.episodes(RunFixture.AGENT));
        Path cand = RunFixture.write(tmp.resolve("cand"), RunFixture.info("cand"), slightly);
        GateReport r = (GateReport) Gate.compare(base, cand, FAST);
        assertThat(r.exitCode()).isZero();
        MetricResult a = GateTest.metric(r, "alignment.discovery");
        assertThat(a.hi()).isNegative();
        assertThat(a.verdict()).isEqualTo(Verdict.DROP_WITHIN_THRESHOLD);
        Path out = tmp.resolve("gate");
        GateFiles.write(r, out);
        String md = Files.readString(out.resolve("gate.md"));
        assertThat(md).contains("| builtin:reference | discovery | Alignment (1-5) |")
                .contains("🔸 significantly worse, within the threshold");
        assertThat(md.lines().filter(l -> l.contains("| discovery | Alignment"))).singleElement().asString()
                .doesNotContain("no significant change");
    }

    /** A gain undefined in one run only says which: the other run's oracle and generic did differ. */
    @Test
    void aGainUndefinedInOneRunNamesThatRun() {
        List<Episode> flat = RunFixture.mapCriteria(RunFixture.episodes(RunFixture.AGENT), c -> c.with(3.0));
        Path normal = RunFixture.write(tmp.resolve("normal"), RunFixture.info("normal"),
                RunFixture.episodes(RunFixture.AGENT));
        Path equal = RunFixture.write(tmp.resolve("equal"), RunFixture.info("equal"), flat);
        MetricResult inCandidate = GateTest.metric((GateReport) Gate.compare(normal, equal, FAST),
                "normalizedGain.discovery");
        assertThat(inCandidate.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(inCandidate.note())
                .isEqualTo("in the candidate: oracle and generic align equally, so the gain is undefined");
        GateReport swapped = (GateReport) Gate.compare(equal, normal, FAST);
        assertThat(GateTest.metric(swapped, "normalizedGain.discovery").note())
                .isEqualTo("in the baseline: oracle and generic align equally, so the gain is undefined");
        assertThat(GateFiles.markdown(swapped, tmp.resolve("gate")))
                .contains("not applicable: in the baseline: oracle and generic align equally");
        MetricResult both = GateTest.metric((GateReport) Gate.compare(equal, equal, FAST), "normalizedGain.discovery");
        assertThat(both.note()).isEqualTo("in both runs: oracle and generic align equally, so the gain is undefined");
    }

    private static Episode relabel(Episode e, String condition) {
        return new Episode(e.schema(), Episode.key(e.task(), e.item(), e.persona(), condition, e.agent(), e.epoch()),
                e.task(), e.item(), e.persona(), condition, e.agent(), e.epoch(), e.question(), e.goldAnswer(),
                e.preferences(), e.turns(), e.response(), e.error(), e.scores(), e.usage(), e.costUsd(), e.timing(),
                null, null, null);
    }
}
