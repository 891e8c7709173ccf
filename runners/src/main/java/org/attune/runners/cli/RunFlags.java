package org.attune.runners.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.DidYouMean;
import org.attune.runners.config.ConfigFile;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.PlannedCondition;
import org.attune.runners.learners.Learners;
import org.attune.runners.models.Generation;
import org.attune.tasks.formats.LoadOptions;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code attune run}'s options as a {@link RunConfig}: from the command line alone, or a config file
 * ({@code -c}) with the options given on the command line overriding the keys they stand for.
 */
final class RunFlags {
    /** Where each run option lives in the configuration (a JSON pointer). */
    static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("--mode", "/mode"),
            Map.entry("--suite", "/suite"),
            Map.entry("--tasks", "/tasks"),
            Map.entry("--format", "/taskFormat/format"),
            Map.entry("--map", "/taskFormat/map"),
            Map.entry("--answer-type", "/taskFormat/answerType"),
            Map.entry("--labels", "/taskFormat/labels"),
            Map.entry("--domain", "/taskFormat/domain"),
            Map.entry("--skip-invalid", "/taskFormat/skipInvalid"),
            Map.entry("--personas", "/personas"),
            Map.entry("--conditions", "/mode/episodes/conditions"),
            Map.entry("--budgets", "/mode/episodes/budgets"),
            Map.entry("--rounds", "/mode/longitudinal/rounds"),
            Map.entry("--learner", "/mode/longitudinal/learners"),
            Map.entry("--agent", "/agents"),
            Map.entry("--user", "/roles/user"),
            Map.entry("--user-style", "/roles/userStyle"),
            Map.entry("--judge", "/roles/judge"),
            Map.entry("--editor", "/roles/editor"),
            Map.entry("--correctness-judge", "/roles/correctnessJudge"),
            Map.entry("--max-turns", "/limits/maxTurns"),
            Map.entry("--prefs-per-item", "/limits/prefsPerItem"),
            Map.entry("--limit", "/limits/limit"),
            Map.entry("--epochs", "/limits/epochs"),
            Map.entry("--seed", "/limits/seed"),
            Map.entry("--fixed-questions", "/limits/fixedQuestions"),
            Map.entry("--concurrency", "/execution/concurrency"),
            Map.entry("--max-error-rate", "/execution/maxErrorRate"),
            Map.entry("--shard", "/execution/shard"),
            Map.entry("--out", "/execution/out"),
            Map.entry("--temperature", "/models/temperature"),
            Map.entry("--max-tokens", "/models/maxTokens"),
            Map.entry("--model-seed", "/models/seed"),
            Map.entry("--timeout", "/models/timeoutSeconds"),
            Map.entry("--max-connections", "/models/maxConnections"),
            Map.entry("--max-retries", "/models/maxRetries"),
            Map.entry("--no-cache", "/models/cache"),
            Map.entry("--price-table", "/models/priceTable"),
            Map.entry("--judge-all", "/models/judgeAll"),
            Map.entry("--base-url", "/models/baseUrls"),
            Map.entry("--min-alignment", "/thresholds/minAlignment"),
            Map.entry("--plugin", "/plugins"));

    private RunFlags() {
    }

    /** The configuration the command line holds. */
    static RunConfig fromFlags(RunCommand c) {
        boolean longitudinal = mode(c.mode);
        if (!longitudinal && c.spec != null && c.spec.commandLine().getParseResult().hasMatchedOption("--rounds")) {
            // --rounds has a default value, so only the parse result tells that it was given
            throw new InvalidInputException("--rounds: rounds belong to --mode longitudinal");
        }
        return fromFlags(c, longitudinal);
    }

    /** The configuration of {@code file} with every option given on the command line put over it. */
    static RunConfig withFile(RunCommand c, Path file, List<OptionSpec> given) {
        ObjectNode tree = ConfigFile.read(file);
        boolean modeGiven = given.stream().anyMatch(o -> o.longestName().equals("--mode"));
        boolean longitudinal = modeGiven ? mode(c.mode) : tree.path("mode").has("longitudinal");
        JsonNode flags = org.attune.evaluator.RunDirectory.mapper().valueToTree(fromFlags(c, longitudinal));
        String variant = longitudinal ? "/mode/longitudinal/" : "/mode/episodes/";
        if (modeGiven) {
            tree.set("mode", flags.at("/mode"));
        }
        for (OptionSpec o : given) {
            String path = PATHS.get(o.longestName());
            if (path == null || path.equals("/mode")) {
                continue;
            }
            if (path.startsWith("/mode/") && !path.startsWith(variant)) {
                throw new InvalidInputException(o.longestName() + ": belongs to the "
                        + (longitudinal ? "episodes" : "longitudinal") + " mode, but " + file + " sets mode: "
                        + (longitudinal ? "longitudinal" : "episodes"));
            }
            put(tree, path, flags.at(path));
        }
        return ConfigFile.config(tree, file);
    }

    private static void put(ObjectNode tree, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value.isMissingNode() ? null : value);
    }

    private static boolean mode(String mode) {
        if (!"episodes".equals(mode) && !"longitudinal".equals(mode)) {
            throw new InvalidInputException("--mode: must be episodes or longitudinal, was \"" + mode + "\""
                    + DidYouMean.hint(mode, List.of("episodes", "longitudinal")));
        }
        return mode.equals("longitudinal");
    }

    private static RunConfig fromFlags(RunCommand c, boolean longitudinal) {
        RunConfig.Mode mode;
        if (longitudinal) {
            List<String> problems = new ArrayList<>();
            if (!c.budgets.isEmpty()) {
                problems.add("--budgets: a budget sweep plays discovery, which --mode longitudinal does not have");
            }
            if (!c.conditions.isEmpty()) {
                problems.add("--conditions: conditions do not apply in the longitudinal mode; choose --learner instead");
                if (!c.learners.isEmpty()) {
                    problems.addAll(Learners.problems(c.learners)); // all mistakes at once
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            mode = new RunConfig.Longitudinal(c.rounds, c.learners);
        } else {
            if (!c.learners.isEmpty()) {
                throw new InvalidInputException("--learner: learners belong to --mode longitudinal");
            }
            List<Integer> budgets = new ArrayList<>();
            c.budgets.forEach(b -> budgets.add(PlannedCondition.budget("--budgets", b)));
            mode = new RunConfig.Episodes(c.conditions, budgets);
        }
        LoadOptions taskOptions = LoadOptions.parse(c.format, c.map, c.answerType, c.labels, c.domain)
                .withSkipInvalid(c.skipInvalid);
        List<RunConfig.AgentEntry> agents = c.agents.stream().map(a -> new RunConfig.AgentEntry(null, a)).toList();
        return new RunConfig(RunConfig.SCHEMA, c.suite, c.tasks, RunConfig.TaskFormat.of(taskOptions), c.personas,
                agents, new RunConfig.Roles(c.user, c.userStyle, c.judge, c.editor, c.correctnessJudge),
                new RunConfig.Limits(c.maxTurns, c.prefsPerItem, c.limit, c.epochs, c.seed, c.fixedQuestions),
                new RunConfig.Execution(c.concurrency, c.maxErrorRate, c.shard, c.out == null ? null : c.out.toString()),
                RunConfig.Models.of(c.modelCalls.builder().generation(new Generation(c.temperature, c.maxTokens,
                        c.modelSeed)).build()),
                new RunConfig.Thresholds(c.minAlignment), mode, c.plugins.jars.stream().map(Object::toString).toList());
    }
}
