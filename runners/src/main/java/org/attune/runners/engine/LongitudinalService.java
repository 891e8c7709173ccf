package org.attune.runners.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.attune.api.Learner;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.evaluator.ComponentSpec;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.EpisodeScorer;
import org.attune.evaluator.LongitudinalSummary;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunFacts;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Summary;
import org.attune.evaluator.correctness.AnswerCorrectnessChecker;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PersonaLibrary;
import org.attune.runners.Version;
import org.attune.runners.config.RunConfig;
import org.attune.runners.learners.ContextEmbedding;
import org.attune.runners.learners.LearnerKit;
import org.attune.runners.learners.Learners;
import org.attune.runners.learners.OfflineKit;
import org.attune.runners.models.ModelComponents;
import org.attune.runners.models.ModelLedger;
import org.attune.runners.models.ModelOptions;
import org.attune.runners.models.ModelTraffic;
import org.attune.tasks.Suite;
import org.attune.tasks.formats.LoadOptions;

/**
 * The longitudinal mode ({@code attune run --mode longitudinal}): every learner meets every persona's
 * stream of rounds (see {@link LongitudinalPlan}); streams run in parallel, the rounds of one stream in
 * order. Each round is one journal line keyed task|item|persona|learner|round (SPEC §4), so resume and
 * the run directory work as for episodes.
 */
public final class LongitudinalService {
    public static final String MODE = "longitudinal";
    public static final String DEFAULT_SUITE = "longitudinal";

    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private final PersonaLibrary library = PersonaLibrary.builtin();
    private final RulesLibrary rules = RulesLibrary.builtin();
    private final StopSignal signal;
    private final Map<String, String> env;
    private final ContextEmbedding embedding;

    public LongitudinalService(StopSignal signal) {
        this(signal, System.getenv());
    }

    /** @param env where API keys, base URLs and the cache folder are looked up */
    public LongitudinalService(StopSignal signal, Map<String, String> env) {
        this(signal, env, ContextEmbedding.shared());
    }

    /** @param embedding how learners compare contexts (tests may pass a cheap one) */
    public LongitudinalService(StopSignal signal, Map<String, String> env, ContextEmbedding embedding) {
        this.signal = signal;
        this.env = Map.copyOf(env);
        this.embedding = embedding;
    }

    /** Runs a configuration in longitudinal mode (its defaults resolved here). */
    public RunService.Result run(RunConfig config, Progress progress) {
        return run(config, null, progress);
    }

    /**
     * As {@link #run(RunConfig, Progress)}, with model calls made as {@code models} says (null: as the
     * configuration says), for settings no configuration holds (a private cache folder, retry waits).
     */
    public RunService.Result run(RunConfig config, ModelOptions models, Progress progress) {
        RunConfig c = RunConfigs.resolve(config);
        RunConfig.Longitudinal m = (RunConfig.Longitudinal) c.mode();
        return run(ResolvedRun.of(c, models), new LongitudinalOptions(m.rounds(), m.learners()), progress);
    }

    private RunService.Result run(ResolvedRun req, LongitudinalOptions opts, Progress progress) {
        RunConfig config = req.config();
        validate(req, opts);
        String suiteId = req.suite() == null ? DEFAULT_SUITE : req.suite();
        // the suite only supplies defaults: with tasks and personas given it need not exist
        Suite suite = req.tasks().isEmpty() || req.personas().isEmpty() ? Suite.builtin(suiteId) : null;
        List<String> taskArgs = req.tasks().isEmpty() ? suite.tasks() : req.tasks();
        int limit = req.limit() != null ? req.limit() : req.tasks().isEmpty() ? suite.limit() : 0;
        List<TaskSet> tasks = ContentResolver.tasks(taskArgs, limit, req.taskOptions(), progress::note);
        List<Persona> personas = ContentResolver.personas(req.personas(), suite == null ? 0 : suite.personas(),
                library, catalog);
        ComponentSpecs.Labelled agent = ComponentSpecs.agent(req.agents().get(0));
        ModelComponents.check("--agent", agent.spec(), req.models(), env);
        ModelComponents.check("--judge", req.judge(), req.models(), env);
        ModelComponents.check("--editor", req.editor(), req.models(), env);
        Path out = req.out() != null ? req.out() : RunService.defaultOut();
        RunDirectory dir = new RunDirectory(out);
        if (dir.hasRunInfo()) {
            throw new InvalidInputException(out + ": already holds a run; use --resume " + out + " or another --out");
        }
        RunFacts settings = RunService.withPersonaFiles(RunService.settings(req), req.personas(), library).toBuilder()
                .rounds(opts.rounds()).learners(List.copyOf(opts.learners())).agent(agent.spec())
                .binSize(LongitudinalSummary.DEFAULT_BIN).build();
        List<ComponentSpec> learners = opts.learners().stream().map(l -> new ComponentSpec(l, agent.spec())).toList();
        RunInfo info = new RunInfo(RunInfo.SCHEMA, out.getFileName().toString(), Version.get(), Instant.now().toString(),
                null, MODE, suiteId, req.seed(), 1, limit, 0, req.prefsPerItem(), req.concurrency(), List.of(MODE),
                tasks.stream().map(TaskSet::id).toList(), taskArgs, personas.stream().map(Persona::id).toList(),
                learners, null, req.judge(), req.editor(), RunService.contentHash(catalog, tasks, personas), settings,
                Map.of("planned", 0)).withConfig(RunConfigs.recorded(config));
        return RunFolder.locked(out, "attune run --resume " + out,
                () -> execute(dir, info, tasks, personas, agent.spec(), opts, req, progress, Map.of()));
    }

    /** Continues a longitudinal run with its recorded configuration. */
    public RunService.Result resume(Path out, Progress progress) {
        RunDirectory dir = new RunDirectory(out);
        RunInfo info = dir.readRunInfo();
        RunDirectory.Journal journal = RunService.readRepaired(dir, progress);
        RunConfig config = RunConfigs.of(info, out);
        if (!(config.mode() instanceof RunConfig.Longitudinal m)) {
            throw new InvalidInputException(out.resolve(RunDirectory.RUN_JSON) + ": config.mode: not longitudinal");
        }
        RunConfig.Execution x = config.execution();
        ResolvedRun req = ResolvedRun.of(config.with(config.agents(), new RunConfig.Execution(x.concurrency(),
                x.maxErrorRate(), null, out.toString()), m));
        LongitudinalOptions opts = new LongitudinalOptions(m.rounds(), m.learners());
        List<TaskSet> tasks = ContentResolver.tasks(info.taskFiles(), info.limit(), req.taskOptions(), progress::note);
        List<Persona> personas = RunService.recordedPersonas(out, info, null, library, catalog);
        String agent = ComponentSpecs.agent(req.agents().get(0)).spec();
        Map<String, Episode> done = new HashMap<>();
        journal.episodes().forEach(e -> done.put(e.key(), e)); // a repeated key reads as its last line
        return execute(dir, info, tasks, personas, agent, opts, req, progress, done);
    }

    private RunService.Result execute(RunDirectory dir, RunInfo info, List<TaskSet> tasks, List<Persona> personas,
                                      String agentSpec, LongitudinalOptions opts, ResolvedRun req, Progress progress,
                                      Map<String, Episode> done) {
        long t0 = System.nanoTime();
        ModelOptions options = req.models().toBuilder().retry(req.models().retry().withSeed(req.seed())).build();
        ModelComponents models = RunService.usesModels(req, Map.of("agent", agentSpec))
                ? new ModelComponents(options, env, catalog) : null;
        Components components = new Components(catalog, rules, library, models);
        LearnerKit kit = models != null && ModelComponents.isModelSpec(agentSpec)
                ? models.learnerKit(agentSpec, embedding) : kit(components, agentSpec);
        EpisodeScorer scorer = new EpisodeScorer(catalog, components.judge(req.judge()), components.editor(req.editor()),
                components.correctness(new AnswerCorrectnessChecker()));
        List<LongitudinalPlan.Stream> streams = LongitudinalPlan.build(tasks, personas, opts.rounds(), req.seed(),
                req.prefsPerItem(), catalog);
        int planned = streams.stream().mapToInt(st -> st.rounds().size()).sum() * opts.learners().size();
        if (planned == 0) {
            throw new InvalidInputException("nothing to run: the selection of tasks, personas and learners is empty");
        }
        Map<String, Integer> counts = new LinkedHashMap<>(info.counts());
        counts.put("planned", planned);
        RunInfo started = info.withEnd(null, counts);
        started = RunService.withModelSettings(started, models, progress);
        dir.writeRunInfo(started); // before the first round (SPEC §4)
        EpisodeEngine.Outcome outcome;
        ModelLedger ledger = models != null ? models.ledger() : new ModelLedger();
        try (EpisodeJournal journal = dir.openJournal()) {
            outcome = runStreams(streams, opts.learners(), kit, new StreamRunner(scorer, ledger), done, journal, req,
                    progress, planned);
        }
        ModelTraffic traffic = models == null ? null : ModelTraffic.of(models);
        started = RunService.withTraffic(started, traffic);
        Summary summary = RunService.finish(dir, started);
        return new RunService.Result(dir.dir(), outcome, summary, (System.nanoTime() - t0) / 1e9, traffic);
    }

    private EpisodeEngine.Outcome runStreams(List<LongitudinalPlan.Stream> streams, List<String> labels, LearnerKit kit,
                                             StreamRunner runner, Map<String, Episode> done, EpisodeJournal journal,
                                             ResolvedRun req, Progress progress, int planned) {
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> writeFailure =
                new java.util.concurrent.atomic.AtomicReference<>();
        StreamRunner.Tally tally = new StreamRunner.Tally() {
            @Override
            public void played(Episode e) {
                int f = finished.incrementAndGet();
                int err = e.failed() ? errors.incrementAndGet() : errors.get();
                progress.step(f, err);
                if (f >= EpisodeEngine.MIN_FOR_ERROR_RATE && err / (double) f > req.maxErrorRate()) {
                    stop.set(true);
                }
            }

            @Override
            public void replayed() {
                skipped.incrementAndGet();
            }
        };
        progress.start(Math.max(0, planned - done.size()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, req.concurrency()), r -> {
            Thread t = new Thread(r, "attune-stream");
            t.setDaemon(true);
            return t;
        });
        try {
            for (LongitudinalPlan.Stream stream : streams) {
                for (String label : labels) {
                    Learner learner = Learners.create(label, kit);
                    pool.execute(() -> {
                        try {
                            runner.run(label, learner, stream.rounds(), done, journal, tally,
                                    () -> stop.get() || signal.requested() || Thread.currentThread().isInterrupted());
                        } catch (org.attune.evaluator.WriteFailedException | java.io.UncheckedIOException failed) {
                            writeFailure.compareAndSet(null, failed); // stop every stream once; reported below
                            stop.set(true);
                        }
                    });
                }
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waiting for the last streams
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            progress.finish();
        }
        if (writeFailure.get() != null) {
            throw writeFailure.get();
        }
        return new EpisodeEngine.Outcome(planned, skipped.get(), finished.get(), errors.get(), stop.get())
                .checkErrorRate(finished.get(), errors.get(), req.maxErrorRate());
    }

    private LearnerKit kit(Components components, String agentSpec) {
        if (agentSpec.startsWith("builtin:")) {
            return OfflineKit.create(components.agent(agentSpec), catalog, rules, embedding);
        }
        throw new InvalidInputException("--agent: \"" + agentSpec + "\" cannot back a learner: use a built-in "
                + "agent (offline learners) or a model (openai:MODEL, openai-compatible:MODEL@URL, ...)");
    }

    private static void validate(ResolvedRun req, LongitudinalOptions opts) {
        RunService.validateNumbers(req);
        List<String> problems = new ArrayList<>(Learners.problems(opts.learners()));
        if (opts.rounds() < 1 || opts.rounds() > 100_000) {
            problems.add("--rounds: must be 1-100000, was " + opts.rounds());
        }
        if (req.agents().size() != 1) {
            problems.add("--agent: the longitudinal mode takes one agent for its learners to wrap, got "
                    + req.agents().size());
        }
        if (req.epochs() != 1) {
            problems.add("--epochs: the longitudinal mode has rounds, not epochs; use --rounds");
        }
        if (req.shard() != null) {
            problems.add("--shard: a stream's rounds depend on each other; the longitudinal mode cannot be sharded");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
