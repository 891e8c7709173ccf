package org.attune.runners.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.runners.learners.Learners;
import org.attune.runners.models.Generation;
import org.attune.runners.models.ModelOptions;
import org.attune.runners.models.RetryPolicy;
import org.attune.tasks.formats.LoadOptions;

/**
 * One run's whole configuration (schema {@code attune.config/v1}): what {@code attune run} executes, what
 * {@code -c attune.yaml} holds and what run.json records as {@code config}; resume and {@code score} rebuild
 * from it. Null means "the default" where a default depends on other settings (the suite's tasks, personas
 * and limit; the cores or model connections for concurrency). The mode is a variant: {@link Episodes} or
 * {@link Longitudinal}. {@code plugins} are jars of component providers ({@code --plugin}); ATTUNE_CLASSPATH
 * adds more where the run is started.
 */
@JsonPropertyOrder({"schema", "suite", "tasks", "taskFormat", "personas", "agents", "roles", "limits", "execution",
        "models", "thresholds", "mode", "plugins"})
public record RunConfig(String schema, String suite, List<String> tasks, TaskFormat taskFormat, List<String> personas,
                        List<AgentEntry> agents, Roles roles, Limits limits, Execution execution, Models models,
                        Thresholds thresholds, Mode mode, List<String> plugins) {
    public static final String SCHEMA = "attune.config/v1";

    public RunConfig {
        schema = schema == null ? SCHEMA : schema;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        taskFormat = taskFormat == null ? TaskFormat.of(LoadOptions.defaults()) : taskFormat;
        personas = personas == null ? List.of() : List.copyOf(personas);
        agents = agents == null ? List.of() : List.copyOf(agents);
        roles = roles == null ? Roles.defaults() : roles;
        limits = limits == null ? Limits.defaults() : limits;
        execution = execution == null ? Execution.defaults() : execution;
        models = models == null ? Models.of(ModelOptions.defaults()) : models;
        thresholds = thresholds == null ? new Thresholds(null) : thresholds;
        mode = mode == null ? Episodes.defaults() : mode;
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** Every setting at its default: the quick suite's episodes. */
    public static RunConfig defaults() {
        return new RunConfig(SCHEMA, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This configuration with another mode, agents or execution (the rest kept). */
    public RunConfig with(List<AgentEntry> agents, Execution execution, Mode mode) {
        return new RunConfig(schema, suite, tasks, taskFormat, personas, agents, roles, limits, execution, models,
                thresholds, mode, plugins);
    }

    /** This configuration as it may be written down: base URLs without credentials. */
    public RunConfig recordable() {
        Map<String, String> urls = new TreeMap<>();
        models.baseUrls().forEach((k, v) -> urls.put(k, org.attune.runners.models.internal.Endpoint.withoutCredentials(v)));
        Models m = new Models(models.temperature(), models.maxTokens(), models.seed(), models.timeoutSeconds(),
                models.maxConnections(), models.maxRetries(), models.maxRateLimitRetries(), models.cache(),
                models.priceTable(), models.judgeAll(), urls);
        return new RunConfig(schema, suite, tasks, taskFormat, personas, agents, roles, limits, execution, m,
                thresholds, mode, plugins);
    }

    /** An agent and the label it is reported under (null: derived from the spec). */
    public record AgentEntry(String label, String spec) {
    }

    /** How {@code tasks} files in public benchmark formats are read ({@code --format}, {@code --map}, ...). */
    public record TaskFormat(String format, List<String> map, String answerType, String labels, String domain,
                             boolean skipInvalid) {
        public TaskFormat {
            map = map == null ? List.of() : List.copyOf(map);
        }

        public static TaskFormat of(LoadOptions o) {
            return new TaskFormat(o.format(), o.mapping().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .sorted().toList(), o.answerType() == null ? null : o.answerType().id(),
                    o.labels() == null ? null : o.labels().toString(), o.domain(), o.skipInvalid());
        }

        public LoadOptions toOptions() {
            return LoadOptions.parse(format, map, answerType, labels == null ? null : Path.of(labels), domain)
                    .withSkipInvalid(skipInvalid);
        }
    }

    /** The components around the agent. */
    public record Roles(String user, String userStyle, String judge, String editor, String correctnessJudge) {
        public Roles {
            user = user == null ? "builtin:user" : user;
            userStyle = userStyle == null ? "passive" : userStyle;
            judge = judge == null ? "builtin:judge" : judge;
            editor = editor == null ? "builtin:editor" : editor;
        }

        public static Roles defaults() {
            return new Roles(null, null, null, null, null);
        }
    }

    /** How big each episode and the run are. */
    public record Limits(Integer maxTurns, Integer prefsPerItem, Integer limit, Integer epochs, Long seed,
                         Integer fixedQuestions) {
        public Limits {
            maxTurns = maxTurns == null ? 5 : maxTurns;
            prefsPerItem = prefsPerItem == null ? 5 : prefsPerItem;
            epochs = epochs == null ? 1 : epochs;
            seed = seed == null ? 0L : seed;
        }

        public static Limits defaults() {
            return new Limits(null, null, null, null, null, null);
        }
    }

    /** How the run is carried out; none of it changes an episode. */
    public record Execution(Integer concurrency, Double maxErrorRate, String shard, String out) {
        public Execution {
            maxErrorRate = maxErrorRate == null ? 0.25 : maxErrorRate;
        }

        public static Execution defaults() {
            return new Execution(null, null, null, null);
        }
    }

    /** How model-backed roles are called (never a key). */
    public record Models(Double temperature, Integer maxTokens, Integer seed, Double timeoutSeconds,
                         Integer maxConnections, Integer maxRetries, Integer maxRateLimitRetries, Boolean cache,
                         String priceTable, Boolean judgeAll, Map<String, String> baseUrls) {
        public Models {
            ModelOptions d = ModelOptions.defaults();
            timeoutSeconds = timeoutSeconds == null ? d.timeout().toMillis() / 1000.0 : timeoutSeconds;
            maxConnections = maxConnections == null ? d.maxConnections() : maxConnections;
            maxRetries = maxRetries == null ? d.retry().maxRetries() : maxRetries;
            maxRateLimitRetries = maxRateLimitRetries == null ? d.retry().maxRateLimitRetries() : maxRateLimitRetries;
            cache = cache == null ? d.cache() : cache;
            judgeAll = judgeAll == null ? d.judgeAll() : judgeAll;
            baseUrls = baseUrls == null ? Map.of() : new TreeMap<>(baseUrls);
        }

        public static Models of(ModelOptions o) {
            return new Models(o.generation().temperature(), o.generation().maxTokens(), o.generation().seed(),
                    o.timeout().toMillis() / 1000.0, o.maxConnections(), o.retry().maxRetries(),
                    o.retry().maxRateLimitRetries(), o.cache(), o.priceTable(), o.judgeAll(), o.baseUrls());
        }

        /** The options, with {@code correctnessJudge} (a role) added. */
        public ModelOptions toOptions(String correctnessJudge) {
            RetryPolicy d = RetryPolicy.defaults();
            if (maxRetries < 0 || maxRetries > 20) {
                throw new org.attune.personas.InvalidInputException("--max-retries: must be 0-20, was " + maxRetries);
            }
            if (maxRateLimitRetries < 0) {
                throw new org.attune.personas.InvalidInputException("models.maxRateLimitRetries: must be 0 or more, was "
                        + maxRateLimitRetries);
            }
            return ModelOptions.builder()
                    .generation(new Generation(temperature, maxTokens, seed))
                    .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                    .maxConnections(maxConnections).cache(cache).priceTable(priceTable).judgeAll(judgeAll)
                    .correctnessJudge(correctnessJudge).baseUrls(baseUrls)
                    .retry(new RetryPolicy(maxRetries, maxRateLimitRetries, d.baseDelay(), d.maxDelay(),
                            d.maxRetryAfter(), d.seed()))
                    .build();
        }
    }

    /** Pass marks checked once the run is done: a group below one fails junit.xml and the run exits 1. */
    public record Thresholds(Double minAlignment) {
    }

    /** What kind of run: episodes (agents x conditions) or longitudinal (learners over rounds). */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
    @JsonSubTypes({@JsonSubTypes.Type(value = Episodes.class, name = "episodes"),
            @JsonSubTypes.Type(value = Longitudinal.class, name = "longitudinal")})
    public sealed interface Mode permits Episodes, Longitudinal {
    }

    /** Episode mode: every agent in every condition; {@code budgets} plays discovery once per question budget. */
    public record Episodes(List<String> conditions, List<Integer> budgets) implements Mode {
        public static final List<String> DEFAULT_CONDITIONS = List.of("generic", "discovery", "oracle");

        public Episodes {
            conditions = conditions == null || conditions.isEmpty() ? DEFAULT_CONDITIONS : List.copyOf(conditions);
            budgets = budgets == null ? List.of() : List.copyOf(budgets);
        }

        public static Episodes defaults() {
            return new Episodes(null, null);
        }

        /** The budgets as {@code --budgets} strings. */
        public List<String> budgetArguments() {
            List<String> out = new ArrayList<>();
            budgets.forEach(b -> out.add(String.valueOf(b)));
            return out;
        }
    }

    /** Longitudinal mode: every learner meets every persona's stream of {@code rounds} rounds. */
    public record Longitudinal(Integer rounds, List<String> learners) implements Mode {
        public Longitudinal {
            rounds = rounds == null ? 200 : rounds;
            learners = learners == null || learners.isEmpty() ? Learners.DEFAULT : List.copyOf(learners);
        }
    }
}
