package org.attune.runners.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attune.api.Condition;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.EpisodeScorer;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunFacts;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Summary;
import org.attune.evaluator.correctness.AnswerCorrectnessChecker;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PersonaLibrary;
import org.attune.personas.PreferenceSampler;
import org.attune.runners.Version;
import org.attune.runners.config.RunConfig;
import org.attune.runners.models.ModelComponents;
import org.attune.runners.models.ModelLedger;
import org.attune.runners.models.ModelOptions;
import org.attune.runners.models.ModelTraffic;
import org.attune.runners.models.PriceTable;

/**
 * {@code attune score}: re-judges a finished run into a new directory. Each journaled response is
 * scored again with the given judge and editor (default: the run's); the agent and the simulated
 * user are never built, so nothing is played again. Lines are appended in the source's order as
 * they are scored; running the same command again continues an interrupted re-scoring.
 */
public final class RunRescorer {
    /** What to re-score: the source run, the new directory, judge and editor specs (null: the run's). */
    public record Request(Path source, Path out, String judge, String editor, int concurrency, ModelOptions models) {
    }

    /**
     * @param unscorable episodes without a response (they ended before answering), copied as they were
     */
    public record Result(Path dir, int episodes, int rescored, int skipped, int unscorable, int errors,
                         boolean interrupted, Summary summary, double seconds, ModelTraffic models) {
    }

    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private final PersonaLibrary library = PersonaLibrary.builtin();
    private final RulesLibrary rules = RulesLibrary.builtin();
    private final StopSignal signal;
    private final Map<String, String> env;

    public RunRescorer(StopSignal signal, Map<String, String> env) {
        this.signal = signal;
        this.env = Map.copyOf(env);
    }

    public Result rescore(Request req, Progress progress) {
        RunDirectory src = new RunDirectory(req.source());
        if (!src.hasRunInfo()) {
            throw new InvalidInputException(req.source() + ": not a run directory (no " + RunDirectory.RUN_JSON + ")");
        }
        if (req.out().toAbsolutePath().normalize().equals(req.source().toAbsolutePath().normalize())) {
            throw new InvalidInputException("--out: must be a new directory; re-scoring never changes the run it reads");
        }
        return RunFolder.locked(req.out(), "attune score " + req.source() + " --out " + req.out(),
                () -> rescoreLocked(src, req, progress));
    }

    private Result rescoreLocked(RunDirectory src, Request req, Progress progress) {
        long t0 = System.nanoTime();
        RunInfo info = src.readRunInfo();
        org.attune.runners.plugins.ComponentProviders.installRecorded(info.settings().plugins());
        if (!"episodes".equals(info.mode())) {
            throw new InvalidInputException(src.file(RunDirectory.RUN_JSON) + ": mode: \"" + info.mode()
                    + "\" runs cannot be re-scored (only episode runs)");
        }
        String judge = req.judge() != null ? req.judge() : info.judge();
        String editor = req.editor() != null ? req.editor() : info.editor();
        RunConfig config = RunConfigs.of(info, src.dir());
        ModelOptions recorded = config.models().toOptions(config.roles().correctnessJudge());
        ModelOptions options = req.models().toBuilder().correctnessJudge(recorded.correctnessJudge())
                .retry(req.models().retry().withSeed(info.seed())).build();
        ModelComponents.check("--judge", judge, options, env);
        ModelComponents.check("--editor", editor, options, env);
        ModelComponents.check("--correctness-judge", options.correctnessJudge(), options, env);

        RunDirectory.Journal journal = src.readJournal();
        if (journal.tornTail() != null) {
            progress.note("the torn last line of " + src.file(RunDirectory.EPISODES) + " ("
                    + journal.tornTail().length() + " chars) is not an episode and was left out");
        }
        ContentResolver.Content content = ContentResolver.content(info.taskFiles(), info.limit(),
                config.taskFormat().toOptions(), progress::note);
        AttributeCatalog catalog = content.personalized().extend(this.catalog); // plus PrefDisco criteria
        Map<String, EpisodeSpec> plan = plan(req.source(), info, content, catalog);
        checkConsistent(src, journal.episodes(), plan);

        RunDirectory dir = new RunDirectory(req.out());
        Set<String> done = alreadyRescored(dir, req.source(), judge, editor, progress);
        boolean anyModel = ModelComponents.isModelSpec(judge) || ModelComponents.isModelSpec(editor)
                || ModelComponents.isModelSpec(options.correctnessJudge());
        ModelComponents models = anyModel ? new ModelComponents(options, env, catalog) : null;
        Components components = new Components(catalog, rules, library, models);
        EpisodeScorer scorer = new EpisodeScorer(catalog, components.judge(judge), components.editor(editor),
                components.correctness(new AnswerCorrectnessChecker()));
        ModelLedger ledger = models != null ? models.ledger() : new ModelLedger();
        PriceTable prices = models != null ? models.prices() : PriceTable.load(options.priceTable());

        RunInfo started = newRunInfo(req, info, judge, editor, models);
        if (info.config() != null) { // the run as re-scored: the same play, the new judge and editor
            RunConfig.Roles r = config.roles();
            started = started.withConfig(RunConfigs.recorded(new RunConfig(config.schema(), config.suite(),
                    config.tasks(), config.taskFormat(), config.personas(), config.agents(),
                    new RunConfig.Roles(r.user(), r.userStyle(), judge, editor, r.correctnessJudge()), config.limits(),
                    config.execution(), config.models(), config.thresholds(), config.mode(), config.plugins())));
        }
        dir.writeRunInfo(started);
        List<Episode> todo = journal.episodes().stream().filter(e -> !done.contains(e.key())).toList();
        int[] counts = new int[3]; // rescored, unscorable, errors
        boolean interrupted = false;
        progress.start(todo.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, req.concurrency()), r -> {
            Thread t = new Thread(r, "attune-rescore");
            t.setDaemon(true);
            return t;
        });
        try (EpisodeJournal out = dir.openJournal()) {
            List<Future<Episode>> futures = new ArrayList<>();
            for (Episode e : todo) {
                futures.add(pool.submit(() -> signal.requested() ? null
                        : rescore(e, plan.get(e.key()), scorer, ledger, info, prices)));
            }
            int written = 0;
            for (int i = 0; i < futures.size(); i++) {
                Episode e = futures.get(i).get();
                if (e == null) {
                    interrupted = true;
                    continue;
                }
                out.append(e); // in the source's order, each line as soon as it and those before it are scored
                counts[todo.get(i).response() == null ? 1 : 0]++;
                counts[2] += e.failed() ? 1 : 0;
                progress.step(++written, counts[2]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted = true;
        } catch (ExecutionException e) {
            throw new IllegalStateException("re-scoring failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        ModelTraffic traffic = models == null ? null : ModelTraffic.of(models);
        if (traffic != null) {
            Map<String, Integer> c = new LinkedHashMap<>(started.counts());
            c.put("modelRequests", (int) traffic.requests());
            c.put("modelCacheHits", (int) traffic.cacheHits());
            c.put("modelFaults", (int) traffic.faultsTotal());
            c.put("modelFailedCalls", (int) traffic.failedCalls());
            started = started.withEnd(null, c);
        }
        Summary summary = RunService.finish(dir, started);
        return new Result(dir.dir(), journal.episodes().size(), counts[0], done.size(), counts[1], counts[2],
                interrupted || signal.requested(), summary, (System.nanoTime() - t0) / 1e9, traffic);
    }

    private Episode rescore(Episode old, EpisodeSpec spec, EpisodeScorer scorer, ModelLedger ledger, RunInfo info,
                            PriceTable prices) {
        if (old.response() == null) {
            return old; // it ended before the agent answered: nothing to judge
        }
        Scores scores = null;
        ErrorInfo error = null;
        try (ModelLedger.Sheet sheet = ledger.open(old.epoch())) {
            try {
                scores = scorer.score(spec.task().typeOf(spec.item()), spec.item(), spec.persona(), spec.preferences(),
                        old.turns(), old.response(), spec.condition() == Condition.DISCOVERY);
            } catch (RuntimeException e) {
                error = new ErrorInfo(e.getClass().getSimpleName(), e.getMessage() == null ? "" : e.getMessage());
            }
            return RescoredEpisode.of(old, scores, error, sheet, info.judge(), info.editor(), prices);
        }
    }

    /** The recorded run's plan by episode key, rebuilt from run.json and the content it names. */
    private Map<String, EpisodeSpec> plan(Path source, RunInfo info, ContentResolver.Content content,
                                          AttributeCatalog catalog) {
        var personas = RunService.recordedPersonas(source, info, content, library, catalog);
        List<PlannedCondition> conditions = info.conditions().stream().map(PlannedCondition::parse).toList();
        List<String> agents = info.agents().stream().map(a -> a.label()).toList();
        Map<String, EpisodeSpec> byKey = new LinkedHashMap<>();
        for (EpisodeSpec s : RunPlan.expand(content.tasks(), personas, content.personalized(), conditions, agents,
                info.epochs(), info.seed(), info.prefsPerItem(), new PreferenceSampler(catalog))) {
            byKey.put(s.key(), s);
        }
        return byKey;
    }

    /** Every journaled episode must still match its planned item and preferences, or its scores would lie. */
    private static void checkConsistent(RunDirectory src, List<Episode> episodes, Map<String, EpisodeSpec> plan) {
        List<String> problems = new ArrayList<>();
        String where = src.file(RunDirectory.EPISODES).toString();
        for (Episode e : episodes) {
            EpisodeSpec s = plan.get(e.key());
            String why = null;
            if (s == null) {
                why = "is not in the run's plan";
            } else if (!Objects.equals(e.goldAnswer(), s.item().answer()) || !Objects.equals(e.question(), s.item().prompt())) {
                why = "its item's question or answer changed since the run";
            } else if (!e.preferences().stream().map(PreferenceWeight::attribute).toList()
                    .equals(s.preferences().attributeIds())) {
                why = "its active preferences differ from the run's (the persona or catalog changed)";
            }
            if (why != null) {
                problems.add(where + ": key \"" + e.key() + "\": " + why);
            }
        }
        if (!problems.isEmpty()) {
            int n = problems.size();
            if (n > 10) {
                problems.subList(9, n).clear();
                problems.add(where + ": ... and " + (n - 9) + " more episodes");
            }
            problems.add(where + ": cannot re-score against content that changed; restore the task and persona files");
            throw new InvalidInputException(problems);
        }
    }

    /** Keys a previous, interrupted re-scoring into the same folder already wrote; an unrelated run is refused. */
    private static Set<String> alreadyRescored(RunDirectory dir, Path source, String judge, String editor,
                                               Progress progress) {
        if (!dir.hasRunInfo()) {
            return Set.of();
        }
        RunInfo existing = dir.readRunInfo();
        RunFacts.RescoredFrom from = existing.settings().rescoredFrom();
        boolean same = from != null && sourcePath(source).equals(from.dir())
                && judge.equals(existing.judge()) && editor.equals(existing.editor());
        if (!same) {
            throw new InvalidInputException(dir.dir() + ": already holds a run; give --out a new directory");
        }
        RunDirectory.Journal j = dir.readJournal();
        if (j.tornTail() != null) {
            JournalRepair.cutTorn(dir.file(RunDirectory.EPISODES));
        }
        Set<String> keys = new HashSet<>();
        j.episodes().forEach(e -> keys.add(e.key()));
        progress.note("continuing the re-scoring in " + dir.dir() + ": " + keys.size() + " episodes already done");
        return keys;
    }

    private static String sourcePath(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }

    private static RunInfo newRunInfo(Request req, RunInfo info, String judge, String editor, ModelComponents models) {
        RunFacts settings = info.settings().toBuilder()
                .rescoredFrom(new RunFacts.RescoredFrom(sourcePath(req.source()), info.id(), info.judge(), info.editor()))
                .rescoring(models == null ? null : models.settings()).build();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("planned", info.counts().getOrDefault("planned", 0));
        return new RunInfo(RunInfo.SCHEMA, req.out().toAbsolutePath().normalize().getFileName().toString(),
                Version.get(), Instant.now().toString(), null, info.mode(), info.suite(), info.seed(), info.epochs(),
                info.limit(), info.maxTurns(), info.prefsPerItem(), info.concurrency(), info.conditions(), info.tasks(),
                info.taskFiles(), info.personas(), info.agents(), info.user(), judge, editor, info.contentHash(),
                settings, counts);
    }
}
