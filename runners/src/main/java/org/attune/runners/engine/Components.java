package org.attune.runners.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attune.api.Agent;
import org.attune.api.Attribute;
import org.attune.api.CorrectnessChecker;
import org.attune.api.Editor;
import org.attune.api.Judge;
import org.attune.api.Persona;
import org.attune.api.SimulatedUser;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentRole;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PersonaLibrary;
import org.attune.runners.agents.ItemCriteria;
import org.attune.runners.agents.pep.PepAgents;
import org.attune.runners.agents.pep.PepSetup;
import org.attune.runners.models.ModelComponents;
import org.attune.runners.plugins.ComponentProviders;
import org.attune.runners.user.EmbeddingAttributeMatcher;
import org.attune.runners.user.StoppingUser;

/**
 * Builds components from their spec strings (SPEC §5) through the {@link ComponentProviders} installed
 * when it was made: Attune's own ({@link BuiltinComponents}, {@link ModelComponentProvider},
 * {@link ExternalAgentProvider}) and those of plug-ins.
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
    private PepAgents pepAgents;
    private final ComponentProviders providers = ComponentProviders.installed();

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

    /** The deterministic correctness checker, with a model judge for text answers when configured. */
    public CorrectnessChecker correctness(CorrectnessChecker deterministic) {
        return models == null ? deterministic : models.correctness(deterministic);
    }

    public Agent agent(String spec) {
        return create(ComponentRole.AGENT, spec, new Call(this, null, null));
    }

    public SimulatedUser user(String spec, String style, Supplier<EmbeddingAttributeMatcher> matcher) {
        if (StoppingUser.STYLE.equals(style)) {
            return new StoppingUser(user(spec, "passive", matcher));
        }
        return create(ComponentRole.USER, spec, new Call(this, style, matcher));
    }

    public Judge judge(String spec) {
        return create(ComponentRole.JUDGE, spec, new Call(this, null, null));
    }

    public Editor editor(String spec) {
        return create(ComponentRole.EDITOR, spec, new Call(this, null, null));
    }

    private <T> T create(ComponentRole<T> role, String spec, Call context) {
        T made = providers.create(role, spec, context);
        if (made == null) {
            throw unknown(role, spec);
        }
        return made;
    }

    private InvalidInputException unknown(ComponentRole<?> role, String spec) {
        ComponentSpecs.check(role.option(), spec);
        String scheme = ComponentProviders.scheme(spec);
        List<String> known = providers.known(role, null);
        if (!scheme.equals("builtin") && providers.known(role, scheme).isEmpty()) {
            if (providers.schemes().contains(scheme)) { // a known provider, for other roles (exec: makes agents)
                return new InvalidInputException(role.option() + ": \"" + spec + "\": " + scheme + ": serves other roles,"
                        + " not " + role.option() + "; give " + String.join(", ", known) + " or a model (e.g. openai:MODEL)");
            }
            return UnknownProvider.of(role.option(), spec, providers.schemes());
        }
        return new InvalidInputException(role.option() + ": unknown component \"" + spec + "\" (known: "
                + String.join(", ", known) + ")" + org.attune.personas.util.DidYouMean.hint(spec, known));
    }

    AttributeCatalog catalog() {
        return catalog;
    }

    RulesLibrary rules() {
        return rules;
    }

    PersonaLibrary population() {
        return population;
    }

    ItemCriteria itemCriteria() {
        return itemCriteria;
    }

    /** The model roles' factory; null when model specs are not available. */
    ModelComponents models() {
        return models;
    }

    /** The owner of {@code exec:}/{@code http:} agents; null when the run has none. */
    org.attune.runners.agents.external.ExternalAgents external() {
        return external;
    }

    /** The {@code builtin:pep} agents, built on first use: fitting priors costs nothing for runs without PEP. */
    synchronized PepAgents pepAgents() {
        if (pepAgents == null) {
            pepAgents = new PepAgents(catalog, rules, population, pep);
        }
        return pepAgents;
    }

    /** What one request for a component offers its provider: these components, and for a user its style. */
    record Call(Components components, String userStyle, Supplier<EmbeddingAttributeMatcher> matcher)
            implements ComponentContext {
        @Override
        public List<Attribute> attributes() {
            return components.catalog.all();
        }

        @Override
        public List<Persona> population() {
            return components.population == null ? List.of() : components.population.all();
        }

        @Override
        public <T> Optional<T> internal(Class<T> type) {
            return type.isInstance(this) ? Optional.of(type.cast(this))
                    : type.isInstance(components) ? Optional.of(type.cast(components)) : Optional.empty();
        }
    }

    /** Defers loading the embedding model until the first message, so runs without discovery skip it. */
    static final class LazyUser implements SimulatedUser {
        private final Supplier<SimulatedUser> factory;
        private volatile SimulatedUser user;

        LazyUser(Supplier<SimulatedUser> factory) {
            this.factory = factory;
        }

        @Override
        public org.attune.api.UserReply reply(org.attune.api.UserContext context, String message) {
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
