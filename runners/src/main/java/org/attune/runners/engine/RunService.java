package org.attune.runners.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.api.Agent;
import org.attune.api.Judge;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.evaluator.ComponentSpec;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.EpisodeScorer;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunFacts;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Summarizer;
import org.attune.evaluator.Summary;
import org.attune.evaluator.correctness.AnswerCorrectnessChecker;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PersonaLibrary;
import org.attune.personas.PreferenceSampler;
import org.attune.personas.util.Mappers;
import org.attune.reports.LiveReport;
import org.attune.reports.ReportOptions;
import org.attune.runners.config.RunConfig;
import org.attune.reports.Reports;
import org.attune.reports.internal.LiveFragments;
import org.attune.reports.internal.RunData;
import org.attune.runners.Version;
import org.attune.runners.agents.pep.PepSetup;
import org.attune.runners.models.ModelComponents;
import org.attune.runners.models.ModelLedger;
import org.attune.runners.models.ModelOptions;
import org.attune.runners.models.ModelTraffic;
import org.attune.runners.models.ProviderRefusedException;
import org.attune.runners.plugins.ComponentProviders;
import org.attune.runners.user.EmbeddingAttributeMatcher;
import org.attune.tasks.Suite;
import org.attune.tasks.formats.LoadOptions;

/** Assembles a run from a request, runs it into its directory and derives summary and reports. */
public final class RunService {
    /** What a finished (or stopped) run left behind; {@code models} is null when no role was a model. */
    public record Result(Path dir, EpisodeEngine.Outcome outcome, Summary summary, double seconds, ModelTraffic models) {
    }

    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private final PersonaLibrary library = PersonaLibrary.builtin();
    private final RulesLibrary rules = RulesLibrary.builtin();
    private final StopSignal signal;
    private final Map<String, String> env;

    public RunService() {
        this(new StopSignal());
    }

    public RunService(StopSignal signal) {
        this(signal, System.getenv());
    }

    /** @param env where API keys, base URLs and the cache folder are looked up */
    public RunService(Map<String, String> env) {
        this(new StopSignal(), env);
    }

    public RunService(StopSignal signal, Map<String, String> env) {
        this.signal = signal;
        this.env = Map.copyOf(env);
    }

    /** Runs a configuration (its defaults resolved here); run.json records it as {@code config}. */
    public Result run(RunConfig config, Progress progress) {
        return run(config, null, progress);
    }

    /**
     * As {@link #run(RunConfig, Progress)}, with model calls made as {@code models} says (null: as the
     * configuration says): for callers that reach models with settings no configuration holds, such as a
     * private cache folder or shorter retry waits.
     */
    public Result run(RunConfig config, ModelOptions models, Progress progress) {
        RunConfig resolved = RunConfigs.resolve(config);
        ResolvedRun.refuseFixedQuestionsBesideABudget(resolved); // a new run only: recorded runs still resume
        return run(ResolvedRun.of(resolved, models), progress);
    }

    private Result run(ResolvedRun req, Progress progress) {
        RunConfig config = req.config();
        validateNumbers(req); // cheap checks first, before any content is loaded
        Shard.parse(req.shard());
        List<PlannedCondition> conditions = req.conditions().stream().map(PlannedCondition::parse).distinct().toList();
        Map<String, String> agentSpecs = new LinkedHashMap<>();
        for (RunConfig.AgentEntry l : config.agents()) {
            if (agentSpecs.put(l.label(), l.spec()) != null) {
                throw new InvalidInputException("--agent: two agents share the label \"" + l.label()
                        + "\"; give one a name with NAME=SPEC");
            }
        }
        agentSpecs.values().forEach(spec -> ModelComponents.check("--agent", spec, req.models(), env));
        agentSpecs.values().stream().filter(spec -> spec.startsWith(SCRIPTED)) // a bad file fails before any folder
                .forEach(spec -> org.attune.runners.agents.ScriptedAgent.load(Path.of(spec.substring(SCRIPTED.length()))));
        ModelComponents.check("--user", req.user(), req.models(), env);
        ModelComponents.check("--judge", req.judge(), req.models(), env);
        ModelComponents.check("--editor", req.editor(), req.models(), env);
        ModelComponents.check("--correctness-judge", req.models().correctnessJudge(), req.models(), env);
        Suite suite = Suite.builtin(req.suite());
        List<String> taskArgs = req.tasks().isEmpty() ? suite.tasks() : req.tasks();
        int limit = req.limit() != null ? req.limit() : suite.limit();
        ContentResolver.Content content = ContentResolver.content(taskArgs, limit, req.taskOptions(), progress::note);
        List<TaskSet> tasks = content.tasks();
        List<Persona> personas = content.personalized().withOwnPersonas(tasks,
                ContentResolver.personas(req.personas(), suite.personas(), library, catalog));
        Path out = req.out() != null ? req.out() : defaultOut();
        return RunFolder.locked(out, "attune run --resume " + out, () -> start(out, config, req, conditions, agentSpecs,
                content, personas, limit, taskArgs, progress));
    }

    /** Starts a new run into {@code out}, holding its lock. */
    private Result start(Path out, RunConfig config, ResolvedRun req, List<PlannedCondition> conditions, Map<String, String> agentSpecs,
                         ContentResolver.Content content, List<Persona> personas, int limit, List<String> taskArgs,
                         Progress progress) {
        List<TaskSet> tasks = content.tasks();
        RunDirectory dir = new RunDirectory(out);
        if (dir.hasRunInfo()) {
            throw new InvalidInputException(out + ": already holds a run; use --resume " + out + " or another --out");
        }
        RunInfo info = new RunInfo(RunInfo.SCHEMA, out.getFileName().toString(), Version.get(), Instant.now().toString(),
                null, "episodes", req.suite(), req.seed(), req.epochs(), limit, req.maxTurns(), req.prefsPerItem(),
                req.concurrency(), conditions.stream().map(PlannedCondition::label).toList(), tasks.stream().map(TaskSet::id).toList(),
                taskArgs, personas.stream().map(Persona::id).toList(),
                agentSpecs.entrySet().stream().map(e -> new ComponentSpec(e.getKey(), e.getValue())).toList(),
                req.user(), req.judge(), req.editor(), contentHash(tasks, personas, content.personalized()),
                withPersonaFiles(settings(req), req.personas(), library), Map.of("planned", 0))
                .withConfig(RunConfigs.recorded(config));
        if (content.skippedInvalid() > 0) { // recorded: the run plays fewer items than the files hold
            info = info.withSettings(info.settings().toBuilder().skippedInvalidRecords(content.skippedInvalid()).build());
        }
        return execute(dir, info, content, personas, conditions, agentSpecs, req, progress, Set.of(), List.of());
    }

    /** Continues a run with its recorded configuration: runs only the missing episodes. */
    public Result resume(Path out, Progress progress) {
        return resume(out, progress, false);
    }

    /**
     * Continues a run; with {@code retryErrors}, episodes that ended in an error run again and the
     * journal is rewritten as a new generation where a successful retry replaces the error line.
     */
    public Result resume(Path out, Progress progress, boolean retryErrors) {
        return resume(out, progress, retryErrors, false);
    }

    /**
     * As {@link #resume(Path, Progress, boolean)}; with {@code retryErrors} criteria a judge left unscored
     * are judged again too, and {@code noCache} skips the disk cache (run.json keeps its recorded setting).
     */
    public Result resume(Path out, Progress progress, boolean retryErrors, boolean noCache) {
        RunDirectory dir = new RunDirectory(out);
        if (!dir.hasRunInfo()) {
            throw new InvalidInputException(out + ": cannot resume: no " + RunDirectory.RUN_JSON + " in this folder");
        }
        return RunFolder.locked(out, "attune run --resume " + out, () -> resumeLocked(dir, progress, retryErrors, noCache));
    }

    private Result resumeLocked(RunDirectory dir, Progress progress, boolean retryErrors, boolean noCache) {
        Path out = dir.dir();
        RunInfo info = dir.readRunInfo();
        ComponentProviders.installRecorded(info.settings().plugins());
        if (LongitudinalService.MODE.equals(info.mode())) {
            if (retryErrors) {
                throw new InvalidInputException("--retry-errors: a longitudinal round cannot be played again "
                        + "without changing every later round of its stream");
            }
            return new LongitudinalService(signal, env).resume(out, progress);
        }
        RunDirectory.Journal journal = readRepaired(dir, progress);
        RunConfig config = RunConfigs.of(info, out);
        RunConfig.Execution x = config.execution();
        config = config.with(config.agents(), new RunConfig.Execution(x.concurrency(), x.maxErrorRate(), x.shard(),
                out.toString()), config.mode());
        ResolvedRun req = ResolvedRun.of(config);
        if (noCache) { // changes how calls are made, not what is recorded
            req = req.withModels(req.models().toBuilder().cache(false).build());
        }
        ContentResolver.Content content = ContentResolver.content(info.taskFiles(), info.limit(), req.taskOptions(),
                progress::note);
        List<Persona> personas = recordedPersonas(out, info, content, library, catalog);
        if (!contentHash(content.tasks(), personas, content.personalized()).equals(info.contentHash())) {
            progress.note("the task or persona content differs from when the run started (content hash); "
                    + "new episodes use it as it is now");
        }
        List<PlannedCondition> conditions = info.conditions().stream().map(PlannedCondition::parse).toList();
        Map<String, String> agentSpecs = new LinkedHashMap<>();
        info.agents().forEach(c -> agentSpecs.put(c.label(), c.spec()));
        Set<String> done = new HashSet<>();
        journal.episodes().stream().filter(e -> !(retryErrors && e.failed())).forEach(e -> done.add(e.key()));
        Result r = execute(dir, info, content, personas, conditions, agentSpecs, req, progress, done,
                retryErrors ? UnscoredRejudge.of(journal.episodes()) : List.of());
        if (retryErrors) {
            org.attune.evaluator.JournalCompaction.compact(dir, dir.readAllLines());
            Summary s = finish(dir, dir.readRunInfo());
            return new Result(r.dir(), r.outcome(), s, r.seconds(), r.models());
        }
        return r;
    }

    private static final String SCRIPTED = "builtin:scripted@";

    /** The settings plus, when some {@code --personas} argument was a file, those files as absolute paths. */
    static RunFacts withPersonaFiles(RunFacts settings, List<String> personaArgs, PersonaLibrary library) {
        List<String> files = new ArrayList<>();
        for (String a : personaArgs) {
            Path file = ContentResolver.personaFile(a, library);
            if (file != null) {
                files.add(file.toAbsolutePath().normalize().toString());
            }
        }
        if (files.isEmpty()) {
            return settings;
        }
        return settings.toBuilder().personaFiles(files).build();
    }

    /**
     * The personas run.json names: from the built-in library, the persona files the run was made with
     * (read again from where they were) or a PrefDisco item's own from the task files.
     */
    static List<Persona> recordedPersonas(Path out, RunInfo info, ContentResolver.Content content,
                                          PersonaLibrary library, AttributeCatalog catalog) {
        Map<String, Persona> byId = new LinkedHashMap<>();
        for (Persona p : library.all()) {
            byId.put(p.id(), p);
        }
        Path runJson = out.resolve(RunDirectory.RUN_JSON);
        if (info.settings().personaFiles() != null) {
            for (String f : info.settings().personaFiles()) {
                Path file = Path.of(f);
                if (!Files.isRegularFile(file)) {
                    throw new InvalidInputException(runJson + ": settings.personaFiles: " + file
                            + ": not found (the run was made with this persona file; put it back to continue)");
                }
                Persona p = PersonaLibrary.load(file, catalog);
                byId.put(p.id(), p);
            }
        }
        if (content != null) {
            content.personalized().personas().forEach(p -> byId.put(p.id(), p)); // PrefDisco items' own
        }
        List<Persona> personas = new ArrayList<>();
        for (String id : info.personas()) {
            Persona p = byId.get(id);
            if (p == null) {
                throw new InvalidInputException(runJson + ": personas: \"" + id
                        + "\" is neither in the built-in library, a persona file the run recorded nor the persona of"
                        + " a PrefDisco item of the task files");
            }
            personas.add(p);
        }
        return personas;
    }

    /** The journal, with a torn last line (a crash mid-write) set aside in a side file and cut off. */
    static RunDirectory.Journal readRepaired(RunDirectory dir, Progress progress) {
        RunDirectory.Journal journal = dir.readJournal();
        if (journal.tornTail() != null) {
            Path torn = dir.dir().resolve(RunDirectory.EPISODES + ".torn");
            JournalRepair.setAside(dir.file(RunDirectory.EPISODES), torn);
            progress.note("a torn last line of " + RunDirectory.EPISODES + " (" + journal.tornTail().length()
                    + " chars) was set aside in " + torn);
        }
        return journal;
    }

    private Result execute(RunDirectory dir, RunInfo info, ContentResolver.Content content, List<Persona> personas,
                           List<PlannedCondition> conditions, Map<String, String> agentSpecs, ResolvedRun req,
                           Progress progress, Set<String> done, List<org.attune.evaluator.Episode> rejudge) {
        long t0 = System.nanoTime();
        List<TaskSet> tasks = content.tasks();
        AttributeCatalog catalog = content.personalized().extend(this.catalog); // plus PrefDisco criteria, for every role
        ModelOptions options = req.models().toBuilder().retry(req.models().retry().withSeed(req.seed())).build();
        ModelComponents models = usesModels(req, agentSpecs) ? new ModelComponents(options, env, catalog) : null;
        // only a run with exec: or http: agents needs their owner (a process pool, a shutdown hook)
        org.attune.runners.agents.external.ExternalAgents external = agentSpecs.values().stream()
                .anyMatch(org.attune.runners.agents.external.ExternalAgents::handles)
                ? new org.attune.runners.agents.external.ExternalAgents(dir.dir(), options.timeout(), options.retry(),
                        options.maxConnections(), catalog) : null;
        Components components = new Components(catalog, rules, library, models, content.personalized()::criteriaOf)
                .withPep(new PepSetup(req.seed(), req.prefsPerItem(), personas.stream().map(Persona::id).toList(),
                        content.personalized().held()))
                .withExternal(external);
        Map<String, Agent> agents = new LinkedHashMap<>();
        // an exec:/http: agent is made under its run label (its log file, its errors), NAME= included
        agentSpecs.forEach((label, spec) -> agents.put(label, external != null
                && org.attune.runners.agents.external.ExternalAgents.handles(spec) ? external.agent(label, spec)
                : TimedPluginAgent.underTimeout(label, components.agent(spec), options.timeout())));
        Judge judge = components.judge(req.judge());
        EpisodeScorer scorer = new EpisodeScorer(catalog, judge, components.editor(req.editor()),
                components.correctness(new AnswerCorrectnessChecker()));
        Roles roles = new Roles(agents, components.user(req.user(), req.userStyle(),
                () -> EmbeddingAttributeMatcher.create(catalog)), scorer);
        List<EpisodeSpec> plan = Shard.parse(req.shard()).filter(RunPlan.expand(tasks, personas, content.personalized(),
                conditions, List.copyOf(agents.keySet()), req.epochs(), req.seed(), req.prefsPerItem(),
                new PreferenceSampler(catalog)));
        List<EpisodeSpec> planned = plan;
        plan = PrefDiscoNotes.withoutImageItems(plan, content.personalized(), label -> agents.get(label).takesImages(),
                progress::note);
        if (plan.isEmpty()) {
            throw new InvalidInputException("nothing to run: the selection of tasks, personas, conditions and agents is empty");
        }
        PrefDiscoNotes.offlineJudgeNote(req.judge(), content.personalized(), progress::note);
        Map<String, Integer> counts = new LinkedHashMap<>(info.counts());
        counts.put("planned", plan.size());
        if (planned.size() > plan.size()) {
            counts.put(PrefDiscoNotes.IMAGE_SKIPS, planned.size() - plan.size());
        }
        RunInfo started = info.withEnd(null, counts);
        RunFacts.PrefDisco notes = PrefDiscoNotes.settings(content.personalized(), planned, plan);
        if (notes != null) {
            started = started.withSettings(started.settings().toBuilder().prefdisco(notes).build());
        }
        started = withModelSettings(started, models, progress);
        dir.writeRunInfo(started); // before the first episode (SPEC §4)
        EpisodeEngine.Outcome outcome;
        ModelLedger ledger = models != null ? models.ledger() : new ModelLedger();
        if (models != null) {
            ModelConsole.attach(models, progress);
        }
        Set<String> rejudged = new HashSet<>();
        rejudge.forEach(e -> rejudged.add(e.pairKey()));
        LiveReport pages = new LiveReport(pairsToRender(plan, done, rejudged));
        try (EpisodeJournal journal = dir.openJournal()) {
            outcome = new EpisodeEngine(new EpisodeRunner(roles, req.questionBudget(), ledger,
                    req.fixedQuestions() != null, content.personalized()::imageOf), req.concurrency(),
                    req.maxErrorRate(), progress, signal).run(plan, done, journal, pages::accept);
            if (!rejudge.isEmpty()) {
                Map<String, Persona> byId = new HashMap<>();
                personas.forEach(p -> byId.put(p.id(), p));
                int n = UnscoredRejudge.rejudge(rejudge, judge, catalog, byId, ledger, journal,
                        signal);
                progress.note(n + " unscored criteria of " + rejudge.size() + " episodes judged again and scored");
            }
        } catch (ProviderRefusedException refused) {
            started = withTraffic(started, models == null ? null : ModelTraffic.of(models));
            finish(dir, started, pages);
            throw refused.withHint("everything finished is saved; once fixed, continue with: attune run --resume "
                    + dir.dir());
        } catch (RuntimeException e) {
            pages.finish(); // no page is written once the failure is being cleaned up
            throw e;
        } finally {
            if (external != null) {
                external.close(); // agent processes end with the run's episodes
            }
        }
        ModelTraffic traffic = models == null ? null : ModelTraffic.of(models);
        started = withTraffic(started, traffic);
        Summary summary = finish(dir, started, pages);
        outcome = outcome.checkErrorRate(summary.episodes(), summary.errors(), req.maxErrorRate());
        return new Result(dir.dir(), outcome, summary, (System.nanoTime() - t0) / 1e9, traffic);
    }

    /**
     * Pairs whose episode fragments can be rendered as the run goes: every planned episode of the pair
     * runs in this process (a pair with journaled episodes from before is rendered at the end).
     */
    static Map<String, Integer> pairsToRender(List<EpisodeSpec> plan, Set<String> done) {
        return pairsToRender(plan, done, Set.of());
    }

    /** As above, leaving out the pairs in {@code changing} (their journaled episodes are rewritten). */
    static Map<String, Integer> pairsToRender(List<EpisodeSpec> plan, Set<String> done, Set<String> changing) {
        Map<String, Integer> planned = new java.util.HashMap<>();
        Set<String> partial = new HashSet<>(changing);
        for (EpisodeSpec s : plan) {
            planned.merge(s.pairKey(), 1, Integer::sum);
            if (done.contains(s.key())) {
                partial.add(s.pairKey());
            }
        }
        planned.keySet().removeAll(partial);
        return planned;
    }

    /** The run's settings with the model roles' (options, templates and their hashes, endpoints). */
    static RunInfo withModelSettings(RunInfo info, ModelComponents models, Progress progress) {
        if (models == null) {
            return info;
        }
        RunFacts.ModelFacts now = models.settings();
        noteChangedTemplates(info.settings().templates(), now.templates(), progress);
        // a resume keeps the recorded options (--no-cache changes nothing recorded)
        return info.withSettings(info.settings().withModels(now));
    }

    /** The run's counts with its model traffic, when it had any. */
    static RunInfo withTraffic(RunInfo info, ModelTraffic traffic) {
        if (traffic == null) {
            return info;
        }
        Map<String, Integer> counts = new LinkedHashMap<>(info.counts());
        counts.put("modelRequests", (int) traffic.requests());
        counts.put("modelCacheHits", (int) traffic.cacheHits());
        counts.put("modelFaults", (int) traffic.faultsTotal());
        counts.put("modelFailedCalls", (int) traffic.failedCalls());
        return info.withEnd(info.finishedAt(), counts);
    }

    /** Whether any role of the run (or the correctness judge) is a model. */
    static boolean usesModels(ResolvedRun req, Map<String, String> agentSpecs) {
        return agentSpecs.values().stream().anyMatch(ModelComponents::isModelSpec)
                || ModelComponents.isModelSpec(req.user()) || ModelComponents.isModelSpec(req.judge())
                || ModelComponents.isModelSpec(req.editor()) || ModelComponents.isModelSpec(req.models().correctnessJudge());
    }

    /** On resume, says when a prompt template changed since the run started (episodes would mix versions). */
    private static void noteChangedTemplates(Map<String, String> before, Map<String, String> after,
                                             Progress progress) {
        if (before != null && after != null) {
            for (Map.Entry<String, String> e : after.entrySet()) {
                Object old = before.get(e.getKey());
                if (old != null && !old.equals(e.getValue())) {
                    progress.note("prompt template " + e.getKey() + " changed since the run started");
                }
            }
        }
    }

    /**
     * Rewrites summary.json, the report, summary.md and junit.xml from the journal (SPEC §4). The
     * journal is held without its long texts; the report reads those back a shard at a time.
     */
    public static Summary finish(RunDirectory dir, RunInfo info) {
        return finish(dir, info, null);
    }

    /** As {@link #finish(RunDirectory, RunInfo)}, keeping the fragments {@code live} rendered during the run. */
    static Summary finish(RunDirectory dir, RunInfo info, LiveReport live) {
        List<org.attune.evaluator.Episode> episodes = dir.readEpisodes(org.attune.evaluator.EpisodeFigures.view());
        Summary summary = Summarizer.defaults(info.seed()).summarize(info.id(), episodes);
        dir.writeSummary(summary);
        Map<String, Integer> counts = new LinkedHashMap<>(info.counts());
        counts.put("finished", episodes.size());
        counts.put("errors", summary.errors());
        RunInfo ended = info.withEnd(Instant.now().toString(), counts);
        dir.writeRunInfo(ended);
        // the report is built from what was just read, without parsing the whole journal a second time
        Reports.writeFinished(dir.dir(), ended, episodes, summary, live);
        return summary;
    }

    static void validateNumbers(ResolvedRun r) {
        List<String> problems = new ArrayList<>();
        if (r.maxTurns() < 0 || r.maxTurns() > 50) {
            problems.add("--max-turns: must be 0-50, was " + r.maxTurns());
        }
        if (r.prefsPerItem() < 1 || r.prefsPerItem() > 30) {
            problems.add("--prefs-per-item: must be 1-30, was " + r.prefsPerItem());
        }
        if (r.epochs() < 1 || r.epochs() > 1000) {
            problems.add("--epochs: must be 1-1000, was " + r.epochs());
        }
        if (r.concurrency() < 1 || r.concurrency() > 1024) {
            problems.add("--concurrency: must be 1-1024, was " + r.concurrency());
        }
        if (r.limit() != null && r.limit() < 0) {
            problems.add("--limit: must be 0 (all) or more, was " + r.limit());
        }
        if (!(r.maxErrorRate() >= 0 && r.maxErrorRate() <= 1)) {
            problems.add("--max-error-rate: must be between 0 and 1, was " + r.maxErrorRate());
        }
        problems.addAll(r.models().problems());
        if (r.models().priceTable() != null) { // read now: an offline run records it for a later model resume or score
            try {
                org.attune.runners.models.PriceTable.load(r.models().priceTable());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (r.models().judgeAll() && !ModelComponents.isModelSpec(r.judge())) {
            problems.add("--judge-all: needs a model --judge (e.g. openai:MODEL); the built-in judge has no second opinion");
        }
        String cj = r.models().correctnessJudge();
        if (cj != null && !ModelComponents.isModelSpec(cj)) {
            problems.add("--correctness-judge: \"" + cj + "\" is not a model spec (e.g. openai:MODEL)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static RunFacts settings(ResolvedRun req) {
        RunFacts.Builder s = RunFacts.builder().userStyle(req.userStyle()).fixedQuestions(req.fixedQuestions())
                .maxErrorRate(req.maxErrorRate())
                .bootstrapResamples(org.attune.evaluator.statistics.Bootstrap.DEFAULT_RESAMPLES);
        List<java.nio.file.Path> plugins = ComponentProviders.installed().jars();
        if (!plugins.isEmpty()) {
            s.plugins(plugins.stream().map(java.nio.file.Path::toString).toList());
        }
        if (req.shard() != null) {
            s.shard(Shard.parse(req.shard()).toString());
        }
        if (req.agents().stream().anyMatch(a -> org.attune.runners.agents.external.ExternalAgents.handles(
                ComponentSpecs.agent(a).spec()))) {
            s.models(req.models().settings()); // exec: and http: agents use --timeout and --max-retries; resume reads them
        }
        if (!req.taskOptions().isDefault()) { // how benchmark files were read (shown in the report)
            s.taskFormat(Mappers.json().valueToTree(RunConfig.TaskFormat.of(req.taskOptions())));
        }
        return s.build();
    }

    static Path defaultOut() {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path p = Path.of("runs", stamp);
        int i = 2;
        while (Files.exists(p)) {
            p = Path.of("runs", stamp + "-" + i++);
        }
        return p;
    }

    /** SHA-256 over the canonical JSON of the catalog, personas and task sets a run uses (and PrefDisco pairings). */
    String contentHash(List<TaskSet> tasks, List<Persona> personas, PersonalizedContent own) {
        return contentHash(catalog, tasks, personas, own);
    }

    static String contentHash(AttributeCatalog catalog, List<TaskSet> tasks, List<Persona> personas) {
        return contentHash(catalog, tasks, personas, PersonalizedContent.none());
    }

    static String contentHash(AttributeCatalog catalog, List<TaskSet> tasks, List<Persona> personas,
                              PersonalizedContent own) {
        try {
            ObjectMapper m = Mappers.json().copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("attributes", own.extend(catalog).all());
            content.put("personas", personas);
            content.put("tasks", tasks);
            if (!own.isEmpty()) {
                content.put("itemPreferences", own.hashable());
            }
            byte[] h = MessageDigest.getInstance("SHA-256").digest(m.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("sha256:");
            for (byte b : h) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot hash content", e);
        }
    }
}
