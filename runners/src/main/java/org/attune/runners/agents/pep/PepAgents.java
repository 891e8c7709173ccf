package org.attune.runners.agents.pep;

import java.util.Optional;
import org.attune.api.Agent;
import org.attune.api.AgentContext;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;
import org.attune.runners.agents.ReferenceOperators;

/**
 * Builds the {@code builtin:pep[@STRATEGY]} agents of a run. They share one set of fitted priors: per
 * domain from the persona library (built-in items), per problem from the run's PrefDisco records.
 */
public final class PepAgents {
    public static final String SPEC = "builtin:pep";
    /**
     * How many attributes one question turn asks about (one hint each, in one message). With the built-in
     * library's flat priors a single attribute per turn cannot tell a good strategy from a random one at a
     * budget of one question (docs/spec-notes.md gives the measurements); four can.
     */
    static final int ATTRIBUTES_PER_TURN = 4;

    private final AttributeCatalog catalog;
    private final ReferenceOperators operators;
    private final LibraryPriors library;
    private final ProblemPriors problems;
    private final long seed;

    public PepAgents(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population, PepSetup setup) {
        this.catalog = catalog;
        this.operators = new ReferenceOperators(catalog, rules, population);
        this.library = new LibraryPriors(catalog, population.all(), setup);
        this.problems = new ProblemPriors(catalog, setup.prefDisco());
        this.seed = setup.seed();
    }

    /** Whether a spec names a PEP agent. */
    public static boolean isPep(String spec) {
        return spec.equals(SPEC) || spec.startsWith(SPEC + "@");
    }

    /** The agent of a spec; an unknown strategy is an input error naming the known ones. */
    public Agent agent(String spec) {
        return new PepAgent(QuestionStrategy.ofSpec(spec), this::priors, catalog, operators, seed, ATTRIBUTES_PER_TURN);
    }

    PopulationPriors priors(AgentContext ctx) {
        Optional<HeldCriteria> record = problems.find(ctx.task().id(), ctx.item().id());
        if (record.isPresent()) {
            return problems.priors(record.get().group());
        }
        return library.priors(ctx.task().domain(), personaOf(ctx.episodeKey()));
    }

    /** The persona id of an episode key (task|item|persona|condition|agent|epoch; ids never hold '|'). */
    static String personaOf(String episodeKey) {
        String[] parts = episodeKey.split("\\|", -1);
        return parts.length > 2 ? parts[2] : "";
    }
}
