package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.attune.evaluator.CorrectnessChecker;
import org.attune.evaluator.Editor;
import org.attune.evaluator.Judge;
import org.attune.evaluator.judging.OfflineJudge;
import org.attune.evaluator.judging.OperatorEditor;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PersonaLibrary;
import org.attune.runners.Agent;
import org.attune.runners.SimulatedUser;
import org.attune.runners.agents.ItemCriteria;
import org.attune.runners.agents.PlainAgent;
import org.attune.runners.agents.ReferenceAgent;
import org.attune.runners.agents.ScriptedAgent;
import org.attune.runners.agents.pep.PepAgents;
import org.attune.runners.agents.pep.PepSetup;
import org.attune.runners.models.ModelComponents;
import org.attune.runners.user.EmbeddingAttributeMatcher;
import org.attune.runners.user.OfflineSimulatedUser;
import org.attune.runners.user.StoppingUser;

/**
 * Builds components from their spec strings (SPEC §5): built-ins here, model specs through
 * {@link ModelComponents} when one is given.
 */
public final class Components {
    public static final String BUILTIN_USER = "builtin:user";
    public static final String BUILTIN_JUDGE = "builtin:judge";
    public static final String BUILTIN_EDITOR = "builtin:editor";

    private final AttributeCatalog catalog;
    private final RulesLibrary rules;
    private final PersonaLibrary population;
    private final ModelComponents models;
    private final ItemCriteria itemCriteria;
    private org.attune.runners.agents.external.ExternalAgents external;
    private final PepSetup pep;
    private PepAgents pepAgents; // built on first use: fitting priors costs nothing for runs without PEP

    public Components(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population) {
        this(catalog, rules, population, null);
    }

    /** @param models builds model-backed roles; null when model specs are not available */
    public Components(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population, ModelComponents models) {
        this(catalog, rules, population, models, ItemCriteria.NONE);
    }

    /** @param itemCriteria the rubric of items that bring their own, for the reference agent to ask about */
    Components(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population, ModelComponents models,
               ItemCriteria itemCriteria) {
        this(catalog, rules, population, models, itemCriteria, PepSetup.defaults());
    }

    private Components(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population, ModelComponents models,
                       ItemCriteria itemCriteria, PepSetup pep) {
        this.catalog = catalog;
        this.rules = rules;
        this.population = population;
        this.models = models;
        this.itemCriteria = itemCriteria;
        this.pep = pep;
    }

    /** These components with what the run tells the {@code builtin:pep} agents (seed, split, PrefDisco records). */
    public Components withPep(PepSetup setup) {
        return new Components(catalog, rules, population, models, itemCriteria, setup);
    }

    /** Lets {@code exec:} and {@code http:} agents be built, by {@code external} (which owns their processes). */
    public Components withExternal(org.attune.runners.agents.external.ExternalAgents external) {
        this.external = external;
        return this;
    }

    private boolean isModel(String spec) {
        return models != null && ModelComponents.isModelSpec(spec);
    }

    /** The deterministic correctness checker, with a model judge for text answers when configured. */
    public CorrectnessChecker correctness(CorrectnessChecker deterministic) {
        return models == null ? deterministic : models.correctness(deterministic);
    }

    public Agent agent(String spec) {
        if (spec.equals("builtin:reference")) {
            return new ReferenceAgent(catalog, rules, population, itemCriteria);
        }
        if (PepAgents.isPep(spec)) {
            synchronized (this) {
                if (pepAgents == null) {
                    pepAgents = new PepAgents(catalog, rules, population, pep);
                }
                return pepAgents.agent(spec);
            }
        }
        if (spec.equals("builtin:plain")) {
            return new PlainAgent();
        }
        if (spec.startsWith("builtin:scripted@")) {
            return ScriptedAgent.load(Path.of(spec.substring("builtin:scripted@".length())));
        }
        if (isModel(spec)) {
            return models.agent(spec);
        }
        if (external != null && org.attune.runners.agents.external.ExternalAgents.handles(spec)) {
            return external.agent(ComponentSpecs.label(spec), spec);
        }
        throw unknown("--agent", spec, "builtin:reference, builtin:plain, builtin:scripted@FILE, builtin:pep[@STRATEGY], exec:COMMAND, http:URL");
    }

    public SimulatedUser user(String spec, String style, Supplier<EmbeddingAttributeMatcher> matcher) {
        if (StoppingUser.STYLE.equals(style)) {
            return new StoppingUser(user(spec, "passive", matcher));
        }
        if (spec.equals(BUILTIN_USER)) {
            boolean collaborative = "collaborative".equals(style);
            if (!collaborative && !"passive".equals(style)) {
                throw new InvalidInputException("--user-style: must be passive, passive-stop or collaborative, was \""
                        + style + "\"" + org.attune.personas.util.DidYouMean.hint(style,
                        List.of("passive", StoppingUser.STYLE, "collaborative")));
            }
            return new LazyUser(() -> new OfflineSimulatedUser(catalog, matcher.get(), collaborative));
        }
        if (isModel(spec)) {
            return models.user(spec, style);
        }
        throw unknown("--user", spec, BUILTIN_USER);
    }

    public Judge judge(String spec) {
        if (spec.equals(BUILTIN_JUDGE)) {
            // criteria without cue phrases (PrefDisco's rubrics) are judged by their level texts
            return new org.attune.runners.user.LevelSimilarityJudge(new OfflineJudge(rules));
        }
        if (isModel(spec)) {
            return models.judge(spec, new OfflineJudge(rules), rules);
        }
        throw unknown("--judge", spec, BUILTIN_JUDGE);
    }

    public Editor editor(String spec) {
        if (spec.equals(BUILTIN_EDITOR)) {
            return new OperatorEditor(rules);
        }
        if (isModel(spec)) {
            return models.editor(spec);
        }
        throw unknown("--editor", spec, BUILTIN_EDITOR);
    }

    /** Component schemes, for a suggestion when one is mistyped. */
    private static final List<String> PROVIDERS = List.of("builtin", "openai", "anthropic", "gemini", "ollama",
            "openai-compatible");

    private static InvalidInputException unknown(String option, String spec, String known) {
        ComponentSpecs.check(option, spec);
        String provider = spec.substring(0, spec.indexOf(':'));
        if (!provider.equals("builtin")) {
            return UnknownProvider.of(option, spec);
        }
        return new InvalidInputException(option + ": unknown component \"" + spec + "\" (known: " + known + ")"
                + org.attune.personas.util.DidYouMean.hint(spec, List.of(known.split(", "))));
    }

    /** Defers loading the embedding model until the first message, so runs without discovery skip it. */
    private static final class LazyUser implements SimulatedUser {
        private final Supplier<SimulatedUser> factory;
        private volatile SimulatedUser user;

        LazyUser(Supplier<SimulatedUser> factory) {
            this.factory = factory;
        }

        @Override
        public org.attune.runners.UserReply reply(org.attune.runners.UserContext context, String message) {
            SimulatedUser u = user;
            if (u == null) {
                synchronized (this) {
                    if (user == null) {
                        user = factory.get();
                    }
                    u = user;
                }
            }
            return u.reply(context, message);
        }
    }
}
