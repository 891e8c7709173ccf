package org.attune.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.evaluator.statistics.Bootstrap;
import org.attune.personas.InvalidInputException;
import org.attune.reports.gate.AgentMap;
import org.attune.reports.gate.Gate;
import org.attune.reports.gate.GateConsole;
import org.attune.reports.gate.GateFiles;
import org.attune.reports.gate.GateOptions;
import org.attune.reports.gate.GateOutcome;
import org.attune.reports.gate.MetricFamily;
import org.attune.reports.gate.Thresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attune gate}: compares a candidate run with a baseline run and exits 0 (no regression),
 * 1 (regression) or 3 (runs not comparable); bad input is an {@link InvalidInputException} (exit 2).
 */
@Command(name = "gate",
        description = {"Compare a candidate run with a baseline run, episode by episode, and fail on a regression.",
            "Each (agent label, condition) of the candidate is compared with the same of the baseline, never pooled"
                    + " across agents; each metric's change is a paired mean over (item, persona) clusters with a bootstrap"
                    + " interval, Bonferroni-adjusted over every gated (comparison x metric): a regression when the interval lies wholly beyond -threshold on the bad side, an improvement"
                    + " when wholly beyond +threshold on the good side, otherwise no significant change.",
            "Writes gate.md (a pull-request comment), gate.json and gate-junit.xml.",
            "Exit codes: 0 no regression, 1 regression, 2 bad input, 3 runs not comparable."})
public final class GateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--baseline", required = true, paramLabel = "DIR", description = "The baseline run directory.")
    Path baseline;

    @Option(names = "--candidate", required = true, paramLabel = "DIR", description = "The candidate run directory.")
    Path candidate;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the gate files (default: <candidate>/gate).")
    Path out;

    @Option(names = "--agent-map", split = ",", paramLabel = "OLD=NEW",
            description = "Rename a baseline agent so it pairs with the candidate's (repeatable, comma lists).")
    List<String> agentMap = new ArrayList<>();

    @Option(names = "--allow-mismatch",
            description = "Compare runs that differ in content, user, judge, editor, templates, --prefs-per-item"
                    + " or --max-turns anyway, with a warning.")
    boolean allowMismatch;

    @Option(names = "--strict", description = "Fail when an interval merely reaches past the threshold on the bad side.")
    boolean strict;

    @Option(names = "--require-same-labels",
            description = "Refuse (exit 3) when an (agent label, condition) is in one run only; by default such units"
                    + " are listed and not gated.")
    boolean requireSameLabels;

    @Option(names = "--report-url", paramLabel = "URL",
            description = "Where the candidate's report/ folder is published (e.g. the CI artifact's browse URL): every"
                    + " link in gate.md becomes absolute, for a pull-request comment.")
    String reportUrl;

    @Option(names = "--thresholds", paramLabel = "FILE",
            description = "YAML mapping of metric (alignment, alignment.discovery, ...) to threshold.")
    Path thresholds;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "10000",
            description = "Bootstrap resamples per metric (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--method", paramLabel = "percentile|bca", defaultValue = "percentile",
            description = "Bootstrap interval: percentile or bca (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--alignment-threshold", paramLabel = "X",
            description = "Alignment, 1-5 scale, overall and per condition (default 0.10).")
    Double alignmentThreshold;

    @Option(names = "--gain-threshold", paramLabel = "X", description = "Normalized gain, as a share (default 0.05).")
    Double gainThreshold;

    @Option(names = "--worse-than-generic-threshold", paramLabel = "X",
            description = "Worse-than-generic rate, as a share; lower is better (default 0.05).")
    Double worseThanGenericThreshold;

    @Option(names = "--correctness-threshold", paramLabel = "X", description = "Correctness, as a share (default 0.02).")
    Double correctnessThreshold;

    @Option(names = "--edit-cost-threshold", paramLabel = "X",
            description = "Normalized edit cost, share of words; lower is better (default 0.02).")
    Double editCostThreshold;

    @Option(names = "--recall-threshold", paramLabel = "X",
            description = "Elicitation recall, as a share (default 0.05).")
    Double recallThreshold;

    @Override
    public Integer call() {
        GateOptions options = GateOptions.builder()
                .agentMap(AgentMap.parse(agentMap))
                .allowMismatch(allowMismatch)
                .strict(strict)
                .requireSameLabels(requireSameLabels)
                .reportUrl(reportUrl)
                .thresholds(thresholds())
                .resamples(resamples)
                .seed(seed)
                .method(method())
                .build();
        GateOutcome outcome = Gate.compare(baseline, candidate, options);
        List<Path> files = GateFiles.write(outcome, out == null ? Gate.defaultOut(candidate) : out);
        PrintWriter w = spec.commandLine().getOut();
        w.print(GateConsole.render(outcome));
        w.println("Wrote " + files.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""));
        w.flush();
        return outcome.exitCode();
    }

    private Thresholds thresholds() {
        Thresholds base = thresholds == null ? Thresholds.defaults() : Thresholds.load(thresholds);
        Map<String, Double> options = new LinkedHashMap<>();
        options.put(MetricFamily.ALIGNMENT.id(), alignmentThreshold);
        options.put(MetricFamily.NORMALIZED_GAIN.id(), gainThreshold);
        options.put(MetricFamily.WORSE_THAN_GENERIC.id(), worseThanGenericThreshold);
        options.put(MetricFamily.CORRECTNESS.id(), correctnessThreshold);
        options.put(MetricFamily.EDIT_COST.id(), editCostThreshold);
        options.put(MetricFamily.RECALL.id(), recallThreshold);
        return base.overriddenBy(options);
    }

    private Bootstrap.Method method() {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "percentile" -> Bootstrap.Method.PERCENTILE;
            case "bca" -> Bootstrap.Method.BCA;
            default -> throw new InvalidInputException("--method: expected percentile or bca, was \"" + method + "\""
                    + org.attune.personas.util.DidYouMean.hint(method, List.of("percentile", "bca")));
        };
    }
}
