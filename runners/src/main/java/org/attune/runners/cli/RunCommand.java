package org.attune.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.personas.InvalidInputException;
import org.attune.reports.ReportOptions;
import org.attune.reports.Reports;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.Components;
import org.attune.runners.engine.LongitudinalService;
import org.attune.runners.engine.Progress;
import org.attune.runners.engine.RunFolder;
import org.attune.runners.engine.RunService;
import org.attune.runners.engine.StopSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code attune run}: runs a suite into a run directory (SPEC §5). */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an evaluation. With no options: the built-in quick suite, offline.")
public final class RunCommand implements Callable<Integer> {
    @ParentCommand
    AttuneCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Read the run's configuration from an attune.yaml file (attune init writes one); options given"
                    + " here override its keys.")
    Path config;

    @Option(names = "--mode", defaultValue = "episodes", paramLabel = "MODE",
            description = "episodes (default) or longitudinal: learners meet each persona round after round.")
    String mode;

    @Option(names = "--suite", paramLabel = "NAME", description = "Built-in suite: quick (default), full; longitudinal for that mode.")
    String suite;

    @Option(names = "--tasks", split = ",", paramLabel = "ID|FILE",
            description = "Task sets: built-in ids or files (default: the suite's).")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--format", paramLabel = "NAME",
            description = "Format of --tasks benchmark files (default: detected): gsm8k, math, aime, mmlu, arc, commonsenseqa,"
                    + " medqa, socialiqa, logiqa, truthfulqa, scienceqa, simpleqa, generic.")
    String format;

    @Option(names = "--map", split = ",", paramLabel = "TARGET=FIELD",
            description = "Field mapping for generic files, e.g. question=problem,answer=target,choices=options"
                    + " (targets: id, question, context, answer, choices, aliases, solution, domain).")
    List<String> map = new ArrayList<>();

    @Option(names = "--answer-type", paramLabel = "TYPE",
            description = "Answer type of --tasks benchmark files where the format allows: number, choice, text or expression.")
    String answerType;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "Gold labels kept in a separate file (SocialIQA: one label 1-3 per line).")
    Path labels;

    @Option(names = "--domain", paramLabel = "DOMAIN",
            description = "Domain of --tasks benchmark files (default: the format's): math, logic, science, medicine,"
                    + " knowledge, factual, commonsense, social.")
    String domain;

    @Option(names = "--skip-invalid",
            description = "Play the valid records of --tasks files with invalid ones (counted, listed, recorded in"
                    + " run.json); by default such a file stops the run (exit 2).")
    boolean skipInvalid;

    @Option(names = "--personas", split = ",", paramLabel = "ID|FILE|N",
            description = "Personas: ids, files, or a number N for the first N of the library (default: the suite's).")
    List<String> personas = new ArrayList<>();

    @Option(names = "--conditions", split = ",", paramLabel = "COND",
            description = "Any of generic, persona, discovery (or discovery@N: N questions), oracle, persona_known"
                    + " (default: generic,discovery,oracle).")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--budgets", split = ",", paramLabel = "N",
            description = "Play discovery once per question budget (e.g. 0,1,2,3,5); each is its own condition,"
                    + " labelled discovery@N.")
    List<String> budgets = new ArrayList<>();

    @Option(names = "--agent", split = ",", paramLabel = "[NAME=]SPEC",
            description = "Agent(s) to evaluate; NAME= sets the label (default: builtin:reference,builtin:plain).")
    List<String> agents = new ArrayList<>();

    @Option(names = "--user", defaultValue = Components.BUILTIN_USER, paramLabel = "SPEC",
            description = "Simulated user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--user-style", defaultValue = "passive", paramLabel = "STYLE",
            description = "passive (default: never ends the dialogue), passive-stop (may end it with a stop signal"
                    + " the agent sees) or collaborative.")
    String userStyle;

    @Option(names = "--fixed-questions", paramLabel = "K",
            description = "Tell the agent in discovery to ask exactly K questions (PrefDisco's ablation); the budget is K.")
    Integer fixedQuestions;

    @Option(names = "--judge", defaultValue = Components.BUILTIN_JUDGE, paramLabel = "SPEC",
            description = "Judge (default: ${DEFAULT-VALUE}).")
    String judge;

    @Option(names = "--editor", defaultValue = Components.BUILTIN_EDITOR, paramLabel = "SPEC",
            description = "Editor for edit cost (default: ${DEFAULT-VALUE}).")
    String editor;

    @Option(names = "--max-turns", paramLabel = "N", defaultValue = "5", description = "Question budget in discovery (default: ${DEFAULT-VALUE}).")
    int maxTurns;

    @Option(names = "--prefs-per-item", paramLabel = "N", defaultValue = "5", description = "Active preferences per item (default: ${DEFAULT-VALUE}).")
    int prefsPerItem;

    @Option(names = "--limit", paramLabel = "N", description = "At most N items per task set (0 = all; default: the suite's).")
    Integer limit;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "1", description = "Repeats of every episode (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--concurrency", paramLabel = "N", description = "Episodes run at once (default: number of cores;"
            + " twice --max-connections when a role is a model).")
    Integer concurrency;

    @Option(names = "--max-error-rate", paramLabel = "X", defaultValue = "0.25",
            description = "Stop (exit 4) when more than this share of episodes errored (default: ${DEFAULT-VALUE}).")
    double maxErrorRate;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<UTC timestamp>).")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the run in DIR with its recorded configuration.")
    Path resume;

    @Option(names = "--retry-errors", description = "With --resume: run errored episodes again (a success replaces the error line) and judge criteria left unscored again.")
    boolean retryErrors;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Run only shard i of n (deterministic split by item and persona); combine with attune merge.")
    String shard;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "200",
            description = "Longitudinal mode: rounds per persona stream (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--learner", split = ",", paramLabel = "LEARNER",
            description = "Longitudinal mode: none, oracle, icl-edit-K, continual-K, cipher-K "
                    + "(default: none,oracle,icl-edit-5,continual-5,cipher-1,cipher-5).")
    List<String> learners = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress lines and no notes (such as a resume's"
            + " changed-content notice); errors, the summary and the run's paths still print.")
    boolean quiet;

    @Option(names = "--temperature", paramLabel = "T",
            description = "Sampling temperature of the agent and user models (default: the provider's; the judge and editor use 0).")
    Double temperature;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Most tokens a model may write per call (default: the provider's).")
    Integer maxTokens;

    @Option(names = "--model-seed", paramLabel = "N", description = "Seed sent to providers that support one.")
    Integer modelSeed;

    @Option(names = "--min-alignment", paramLabel = "X",
            description = "Threshold: exit 1 (and fail junit.xml) when an agent x condition x task other than generic (the"
                    + " baseline) scores below this mean alignment (1-5).")
    Double minAlignment;

    @Mixin
    ModelCallOptions modelCalls = new ModelCallOptions();

    @Option(names = "--correctness-judge", paramLabel = "SPEC", description = "A model that decides correctness of text answers.")
    String correctnessJudge;

    /** Options that may accompany --resume: they change how, not what, is run. */
    private static final java.util.Set<String> RESUME_OPTIONS = java.util.Set.of("--resume", "--retry-errors", "--quiet",
            "--concurrency", "--max-error-rate", "--no-cache", "--plugin");

    private void refuseChangedOptions() {
        List<String> changed = new ArrayList<>();
        for (picocli.CommandLine.Model.OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
            if (!RESUME_OPTIONS.contains(o.longestName()) && !o.longestName().equals("-q")) {
                changed.add(o.longestName());
            }
        }
        if (!changed.isEmpty()) {
            throw new InvalidInputException("--resume continues a run with its recorded configuration; "
                    + String.join(", ", changed) + " would change it (start a new run with --out instead)");
        }
    }

    @picocli.CommandLine.Mixin
    PluginOptions plugins = new PluginOptions();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        Progress progress = new Progress(e, parent != null && parent.interactive, quiet);
        StopSignal signal = new StopSignal();
        Signals.install(signal, e);
        Map<String, String> env = parent != null ? parent.env : System.getenv();
        plugins.install(env);
        RunService service = new RunService(signal, env);
        RunService.Result result;
        double maxErrorRate = this.maxErrorRate;
        Double minAlignment = null;
        if (resume != null) {
            refuseChangedOptions();
            result = service.resume(resume, progress, retryErrors, modelCalls.noCache);
        } else {
            if (retryErrors) {
                throw new InvalidInputException("--retry-errors: only with --resume DIR (it plays a run's errored episodes"
                        + " again); a new run plays every episode");
            }
            RunConfig cfg = config != null
                    ? RunFlags.withFile(this, config, spec.commandLine().getParseResult().matchedOptions())
                    : RunFlags.fromFlags(this);
            if (config != null) { // the file may name plug-in jars: install what the resolved configuration lists
                plugins.jars = new ArrayList<>(cfg.plugins().stream().map(java.nio.file.Path::of).toList());
                plugins.install(env);
            }
            maxErrorRate = cfg.execution().maxErrorRate();
            minAlignment = cfg.thresholds().minAlignment();
            if (minAlignment != null && !(minAlignment >= 1 && minAlignment <= 5)) {
                throw new InvalidInputException("--min-alignment: must be within 1-5, was " + minAlignment);
            }
            result = cfg.mode() instanceof RunConfig.Longitudinal
                    ? new LongitudinalService(signal, env).run(cfg, progress) : service.run(cfg, progress);
        }
        SummaryTable.print(o, result);
        LongitudinalTable.print(o, result.summary());
        if (signal.requested()) {
            e.println("attune: interrupted with " + result.outcome().missing() + " episodes not run; everything finished is saved."
                    + " Resume with: attune run --resume " + result.dir());
            return signal.code();
        }
        if (result.outcome().stoppedForErrors()) {
            var done = result.outcome();
            e.println("attune: " + (done.missing() > 0 ? "stopped: " : "") + "more than " + Math.round(maxErrorRate * 100)
                    + "% of episodes errored (" + result.summary().errors() + " of " + result.summary().episodes()
                    + " in the run, --max-error-rate)" + ErrorDigest.of(result.dir())
                    + (done.missing() > 0 ? "; " + done.missing() + " not run" : "") + "; finished episodes are saved."
                    + " Resume with: attune run --resume " + result.dir() + " (add --retry-errors to play the errored"
                    + " ones again)");
            return ExitCodes.TOO_MANY_ERRORS;
        }
        if (result.summary().errors() > 0) { // within the rate: the run succeeds, but never in silence about why
            e.println("attune: " + result.summary().errors() + " of " + result.summary().episodes() + " episodes errored"
                    + " (within --max-error-rate)" + ErrorDigest.of(result.dir()) + "; the report lists them. Play them"
                    + " again with: attune run --resume " + result.dir() + " --retry-errors");
        }
        if (minAlignment != null) {
            ReportOptions thresholds = new ReportOptions(null, minAlignment, null);
            return Thresholds.exitCode(result.dir(), RunFolder.locked(result.dir(), "attune report " + result.dir(),
                    () -> Reports.writeAllAndCheck(result.dir(), thresholds)), e);
        }
        return ExitCodes.OK;
    }
}
