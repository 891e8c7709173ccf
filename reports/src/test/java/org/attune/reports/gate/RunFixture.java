package org.attune.reports.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.attune.api.CriterionScore;
import org.attune.evaluator.ComponentSpec;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunFacts;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Timing;
import org.attune.personas.PreferenceSampler;
import org.attune.personas.PreferenceSampler.SplitMix64;

/**
 * Synthetic run directories for gate tests: 12 items x 4 personas x (generic, discovery, oracle),
 * three active attributes each, scores drawn from a fixed stream so two runs built alike are equal.
 */
final class RunFixture {
    static final String AGENT = "builtin:reference";
    static final List<String> CONDITIONS = List.of("generic", "discovery", "oracle");
    static final List<String> ATTRIBUTES = List.of("word-budget", "bullet-list", "answer-first", "analogies",
            "encouragement", "reading-grade");
    static final int ITEMS = 12;
    static final int PERSONAS = 4;

    private RunFixture() {
    }

    static RunInfo info(String id) {
        RunFacts settings = settings("sha256:templates-1", 0.0);
        return new RunInfo(RunInfo.SCHEMA, id, "0.1.0", "2026-11-24T00:00:00Z", "2026-11-24T00:05:00Z", "standard",
                "builtin", 0, 1, 0, 5, 3, 1, CONDITIONS, List.of("math"), List.of(), List.of("p0", "p1", "p2", "p3"),
                List.of(new ComponentSpec(AGENT, AGENT)), "builtin:user", "builtin:judge", "builtin:editor",
                "sha256:content-1", settings, Map.of());
    }

    /** A copy of {@code info} with another judge spec. */
    static RunInfo withJudge(RunInfo i, String judge) {
        return new RunInfo(i.schema(), i.id(), i.attuneVersion(), i.createdAt(), i.finishedAt(), i.mode(), i.suite(),
                i.seed(), i.epochs(), i.limit(), i.maxTurns(), i.prefsPerItem(), i.concurrency(), i.conditions(),
                i.tasks(), i.taskFiles(), i.personas(), i.agents(), i.user(), judge, i.editor(), i.contentHash(),
                i.settings(), i.counts());
    }

    static RunInfo withMaxTurns(RunInfo i, int maxTurns) {
        return new RunInfo(i.schema(), i.id(), i.attuneVersion(), i.createdAt(), i.finishedAt(), i.mode(), i.suite(),
                i.seed(), i.epochs(), i.limit(), maxTurns, i.prefsPerItem(), i.concurrency(), i.conditions(),
                i.tasks(), i.taskFiles(), i.personas(), i.agents(), i.user(), i.judge(), i.editor(), i.contentHash(),
                i.settings(), i.counts());
    }

    /** Recorded facts with one prompt template's hash and a temperature. */
    static RunFacts settings(String judgeTemplateHash, double temperature) {
        return RunFacts.builder().templates(Map.of("judge", judgeTemplateHash))
                .models(new RunFacts.ModelSettings(temperature, null, null, 120.0, 16, true, null, false, null, Map.of(),
                        2, 2)).build();
    }

    static RunInfo withSettings(RunInfo i, RunFacts settings) {
        return new RunInfo(i.schema(), i.id(), i.attuneVersion(), i.createdAt(), i.finishedAt(), i.mode(), i.suite(),
                i.seed(), i.epochs(), i.limit(), i.maxTurns(), i.prefsPerItem(), i.concurrency(), i.conditions(),
                i.tasks(), i.taskFiles(), i.personas(), i.agents(), i.user(), i.judge(), i.editor(), i.contentHash(),
                settings, i.counts());
    }

    /** The standard synthetic episodes for an agent label. */
    static List<Episode> episodes(String agent) {
        List<Episode> out = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            for (int p = 0; p < PERSONAS; p++) {
                SplitMix64 rng = new SplitMix64(PreferenceSampler.streamSeed("fixture|i" + i + "|p" + p));
                List<String> active = pick(rng);
                for (String condition : CONDITIONS) {
                    double level = switch (condition) {
                        case "generic" -> 2.2;
                        case "discovery" -> 3.4;
                        default -> 4.3;
                    };
                    List<CriterionScore> criteria = new ArrayList<>();
                    for (String a : active) {
                        double s = Math.min(5, level + rng.nextDouble() * 1.4 - 0.4);
                        criteria.add(new CriterionScore(a, Math.round(s * 4) / 4.0, "rules", "fixture"));
                    }
                    boolean correct = rng.nextDouble() < 0.7;
                    double recall = condition.equals("discovery") ? rng.nextInt(4) / 3.0 : -1;
                    out.add(episode("math", "i" + i, "p" + p, condition, agent, 0, active, criteria, correct, recall));
                }
            }
        }
        return out;
    }

    private static List<String> pick(SplitMix64 rng) {
        List<String> pool = new ArrayList<>(ATTRIBUTES);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            out.add(pool.remove(rng.nextInt(pool.size())));
        }
        return out;
    }

    /** An episode whose alignment is the equal-weight mean of its criteria; recall < 0 means none. */
    static Episode episode(String task, String item, String persona, String condition, String agent, int epoch,
            List<String> active, List<CriterionScore> criteria, boolean correct, double recall) {
        List<PreferenceWeight> prefs = active.stream().map(a -> new PreferenceWeight(a, "3", 1.0 / active.size()))
                .toList();
        Episode e = new Episode(Episode.SCHEMA, Episode.key(task, item, persona, condition, agent, epoch), task, item,
                persona, condition, agent, epoch, "What is 6 x 7?", "42", prefs, List.of(), "The answer is 42.", null,
                null, Map.of("agent", new RoleUsage(1, 10, 10)), 0.0, new Timing("2026-11-24T00:00:00Z", 5), null, null,
                null);
        return rescore(e, criteria, correct, recall < 0 ? null : recall);
    }

    /** The episode with new criterion scores (alignment and edit cost follow them). */
    static Episode rescore(Episode e, List<CriterionScore> criteria, Boolean correct, Double recall) {
        double a = criteria.stream().mapToDouble(CriterionScore::score).average().orElse(1);
        double editNorm = Math.max(0, (5 - a) / 8);
        Scores s = new Scores(a, criteria, correct, "42", null, (int) Math.round(editNorm * 40), editNorm, null,
                editNorm == 0, recall == null ? null : 2, recall, recall == null ? null : 1.0);
        return withScores(e, s);
    }

    static Episode withScores(Episode e, Scores s) {
        return new Episode(e.schema(), e.key(), e.task(), e.item(), e.persona(), e.condition(), e.agent(), e.epoch(),
                e.question(), e.goldAnswer(), e.preferences(), e.turns(), e.response(), e.error(), s, e.usage(),
                e.costUsd(), e.timing(), e.learner(), e.round(), e.inferred());
    }

    /** Applies a change to every criterion score of every episode. */
    static List<Episode> mapCriteria(List<Episode> eps, UnaryOperator<CriterionScoreContext> f) {
        List<Episode> out = new ArrayList<>();
        for (Episode e : eps) {
            List<CriterionScore> cs = new ArrayList<>();
            for (CriterionScore c : e.scores().criteria()) {
                cs.add(f.apply(new CriterionScoreContext(e, c)).score());
            }
            out.add(rescore(e, cs, e.scores().correct(), e.scores().recall()));
        }
        return out;
    }

    /** A criterion score with the episode it belongs to. */
    record CriterionScoreContext(Episode episode, CriterionScore score) {
        CriterionScoreContext with(double value) {
            return new CriterionScoreContext(episode, new CriterionScore(score.attribute(), value, score.kind(),
                    score.justification()));
        }
    }

    static Path write(Path dir, RunInfo info, List<Episode> episodes) {
        RunDirectory run = new RunDirectory(dir);
        run.writeRunInfo(info);
        try (EpisodeJournal journal = run.openJournal()) {
            episodes.forEach(journal::append);
        }
        return dir;
    }
}
