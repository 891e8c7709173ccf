package org.attune.runners.models;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.api.Agent;
import org.attune.api.CorrectnessChecker;
import org.attune.api.Editor;
import org.attune.api.Judge;
import org.attune.api.SimulatedUser;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.runners.learners.ContextEmbedding;
import org.attune.runners.learners.LearnerKit;
import org.attune.runners.models.internal.CallCache;
import org.attune.runners.models.internal.CallStats;
import org.attune.runners.models.internal.ConnectionLimits;
import org.attune.runners.models.internal.Endpoint;
import org.attune.runners.models.internal.JdkModelHttpClient;
import org.attune.runners.models.internal.LangChainBackend;
import org.attune.runners.models.internal.ModelClient;
import org.attune.runners.models.internal.PlainHttpClients;
import org.attune.runners.models.internal.Prompts;
import org.attune.runners.models.internal.Provider;
import org.attune.runners.models.internal.ProviderFactory;

/**
 * Builds the model-backed roles of a run from their specs (SPEC §5): {@code openai:MODEL},
 * {@code anthropic:MODEL}, {@code gemini:MODEL}, {@code ollama:MODEL},
 * {@code openai-compatible:MODEL@BASE_URL}. All roles share one cache, one ledger, one retry policy
 * and one connection limit per server; each server has one HTTP client whose connections they reuse.
 * Keys come only from {@code env}.
 */
public final class ModelComponents {
    private final ModelOptions options;
    private final Map<String, String> env;
    private final AttributeCatalog catalog;
    private final ModelLedger ledger = new ModelLedger();
    private final CallStats stats = new CallStats();
    private final PriceTable prices;
    private final ConnectionLimits limits;
    private final ModelClient.Shared shared;
    private final Map<String, HttpClient> httpByServer = new ConcurrentHashMap<>();
    private final Map<String, ModelClient> clients = new ConcurrentHashMap<>();
    private final Map<String, String> templates = new TreeMap<>();
    private final Map<String, String> endpoints = new TreeMap<>();
    private volatile java.util.function.Consumer<CallTrace> tracer = t -> { };

    public ModelComponents(ModelOptions options, Map<String, String> env, AttributeCatalog catalog) {
        if (!options.problems().isEmpty()) {
            throw new InvalidInputException(options.problems());
        }
        this.options = options;
        this.env = Map.copyOf(env);
        this.catalog = catalog;
        this.prices = PriceTable.load(options.priceTable());
        CallCache cache = options.cache()
                ? new CallCache(options.cacheDir() != null ? options.cacheDir() : CallCache.defaultRoot(env)) : null;
        this.limits = new ConnectionLimits(options.maxConnections());
        this.shared = new ModelClient.Shared(cache, options.retry(), ledger, prices, stats, t -> tracer.accept(t));
    }

    /** Whether a spec names a model provider (rather than a built-in component). */
    public static boolean isModelSpec(String spec) {
        return spec != null && Provider.of(spec) != null;
    }

    /**
     * Checks a role's spec before any content is loaded: a model spec must resolve (known provider,
     * well-formed base URL, its key in {@code env}); other specs are left to their own factory.
     */
    public static void check(String option, String spec, ModelOptions options, Map<String, String> env) {
        if (isModelSpec(spec)) {
            Endpoint.resolve(option, spec, options.baseUrls(), env);
        }
    }

    public Agent agent(String spec) {
        ModelClient c = client("--agent", spec);
        ModelAgent.templates().forEach(this::used);
        return new ModelAgent(c, catalog);
    }

    public SimulatedUser user(String spec, String style) {
        boolean collaborative = "collaborative".equals(style);
        if (!collaborative && !"passive".equals(style)) {
            throw new InvalidInputException("--user-style: must be passive, passive-stop or collaborative, was \"" + style
                    + "\"");
        }
        ModelClient c = client("--user", spec);
        used(ModelSimulatedUser.templateName(collaborative));
        return new ModelSimulatedUser(c, catalog, collaborative);
    }

    /** The model judge alone: one call per criterion, whatever the attribute's kind. */
    public RubricModelJudge rubricJudge(String spec) {
        ModelClient c = client("--judge", spec);
        RubricModelJudge.templates().forEach(this::used);
        return new RubricModelJudge(c);
    }

    /** The run's judge: checkers for rules attributes (both with {@code --judge-all}), the model for the rest. */
    public Judge judge(String spec, Judge checker, RulesLibrary rules) {
        return new CheckerFirstJudge(checker, rubricJudge(spec), id -> rules.find(id).isPresent(), options.judgeAll(),
                ledger);
    }

    /** The parts of model-backed longitudinal learners, on the agent's model. */
    public LearnerKit learnerKit(String spec, ContextEmbedding embedding) {
        ModelClient c = client("--agent", spec);
        ModelLearnerKit.templates().forEach(this::used);
        return new ModelLearnerKit(c, catalog).kit(embedding);
    }

    public Editor editor(String spec) {
        ModelClient c = client("--editor", spec);
        used(Prompts.EDITOR);
        return new ModelEditor(c, catalog);
    }

    /** With {@code --correctness-judge}, a model for text answers over {@code deterministic}; else it alone. */
    public CorrectnessChecker correctness(CorrectnessChecker deterministic) {
        if (options.correctnessJudge() == null || options.correctnessJudge().isBlank()) {
            return deterministic;
        }
        ModelClient c = client("--correctness-judge", options.correctnessJudge());
        used(Prompts.CORRECTNESS);
        return new ModelCorrectnessJudge(c, deterministic);
    }

    /** Hands every call made from now on to {@code listener} (for {@code attune check}). */
    public void trace(java.util.function.Consumer<CallTrace> listener) {
        this.tracer = listener;
    }

    public ModelLedger ledger() {
        return ledger;
    }

    public CallStats stats() {
        return stats;
    }

    public PriceTable prices() {
        return prices;
    }

    public ModelOptions options() {
        return options;
    }

    /**
     * What run.json records for the model roles: the options, the templates used with their
     * hashes, the base URL each spec resolved to, the price table. Never a key.
     */
    public synchronized org.attune.evaluator.RunFacts.ModelFacts settings() {
        return new org.attune.evaluator.RunFacts.ModelFacts(options.settings(), new TreeMap<>(templates),
                new TreeMap<>(endpoints), prices.source());
    }

    private synchronized void used(String template) {
        templates.put(Prompts.get(template).id(), Prompts.get(template).hash());
    }

    private ModelClient client(String option, String spec) {
        Endpoint e = Endpoint.resolve(option, spec, options.baseUrls(), env);
        synchronized (this) {
            endpoints.put(spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec,
                    e.provider().id() + " " + e.displayUrl());
        }
        return clients.computeIfAbsent(e.provider().id() + "|" + e.model() + "|" + e.baseUrl(), k -> {
            HttpClient http = httpByServer.computeIfAbsent(e.server(), s -> PlainHttpClients.forUrl(e.baseUrl(),
                    Duration.ofSeconds(Math.min(30, Math.max(1, options.timeout().toSeconds())))));
            return new ModelClient(e, new LangChainBackend(ProviderFactory.create(e, options.generation().seed(),
                    options.timeout(), JdkModelHttpClient.builder(http, limits.of(e.server())))), options.generation(),
                    shared);
        });
    }
}
