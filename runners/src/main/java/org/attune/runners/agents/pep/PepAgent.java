package org.attune.runners.agents.pep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Attribute;
import org.attune.api.Condition;
import org.attune.api.PredictedPreference;
import org.attune.api.Turn;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PreferenceSampler;
import org.attune.runners.agents.ReferenceOperators;

/**
 * {@code builtin:pep[@STRATEGY]}: preference elicitation with population priors. In discovery it asks,
 * one attribute per turn chosen by its {@link QuestionStrategy}, with one of the attribute's question
 * hints; it reads each answer as a value or "no preference" and updates its beliefs about every other
 * attribute; once the budget is spent it answers with the reference agent's operators for the revealed
 * values and for the most probable unasked attributes (profile completion), and records that profile.
 * In the other conditions it answers as the reference agent does.
 *
 * <p>Stateless between turns: each turn replays the dialogue so far (its own choices are deterministic
 * per episode), so one instance serves every episode at once.
 */
final class PepAgent implements Agent {
    private final QuestionStrategy strategy;
    private final PriorSource priors;
    private final AttributeCatalog catalog;
    private final ReferenceOperators operators;
    private final PepReplies replies;
    private final long seed;
    private final int width;

    /** Finds the priors for an episode. */
    interface PriorSource {
        PopulationPriors priors(AgentContext ctx);
    }

    PepAgent(QuestionStrategy strategy, PriorSource priors, AttributeCatalog catalog, ReferenceOperators operators,
             long seed, int width) {
        this.strategy = strategy;
        this.width = width;
        this.priors = priors;
        this.catalog = catalog;
        this.operators = operators;
        this.replies = new PepReplies(operators::readValue);
        this.seed = seed;
    }

    @Override
    public AgentAction act(AgentContext ctx) {
        if (ctx.condition() != Condition.DISCOVERY) {
            return operators.agent().act(ctx);
        }
        PopulationPriors population = priors.priors(ctx);
        Beliefs beliefs = new Beliefs(population);
        List<Attribute> candidates = population.attributes().stream().map(catalog::get).toList();
        PreferenceSampler.SplitMix64 rng = new PreferenceSampler.SplitMix64(
                PreferenceSampler.streamSeed(seed + "|pep|" + ctx.episodeKey()));
        List<Turn> turns = ctx.transcript();
        for (int i = 0; i < turns.size(); i++) {
            if (!Turn.AGENT.equals(turns.get(i).role())) {
                continue;
            }
            List<Integer> asked = strategy.choose(beliefs, rng, width);
            if (asked.isEmpty()) {
                break;
            }
            asked.forEach(beliefs::markAsked);
            if (i + 1 < turns.size() && Turn.USER.equals(turns.get(i + 1).role())) {
                for (int a : asked) {
                    observe(beliefs, candidates.get(a), turns.get(i + 1).text(), candidates);
                }
            }
        }
        if (!ctx.mustAnswer() && ctx.questionsLeft() > 0) {
            List<Integer> next = strategy.choose(beliefs, rng, width);
            if (!next.isEmpty()) {
                List<String> parts = new ArrayList<>();
                next.forEach(a -> parts.add(question(candidates.get(a), ctx.episodeKey())));
                return AgentAction.ask(String.join(" ", parts));
            }
        }
        List<PredictedPreference> profile = profile(beliefs);
        Map<String, String> values = new LinkedHashMap<>();
        profile.forEach(p -> values.put(p.attribute(), p.value()));
        String base = operators.base(ctx.task(), ctx.item());
        return AgentAction.answer(values.isEmpty() ? base : operators.personalize(base, values), profile);
    }

    private void observe(Beliefs beliefs, Attribute asked, String reply, List<Attribute> candidates) {
        PepReplies.Reading r = replies.read(asked, reply, candidates);
        PopulationPriors p = beliefs.priors();
        switch (r.kind()) {
            case VALUE -> beliefs.observe(p.indexOf(asked.id()), r.value());
            case NO_PREFERENCE -> beliefs.observe(p.indexOf(asked.id()), null);
            case UNKNOWN -> { } // a deflection or nothing readable: asked, but no evidence either way
        }
        for (String other : r.alsoInactive()) {
            beliefs.observe(p.indexOf(other), null);
        }
    }

    /**
     * The revealed values, then the unknown attributes most probably active, as many as the population's
     * mean number of active preferences leaves for them, each with its most probable value.
     */
    static List<PredictedPreference> profile(Beliefs beliefs) {
        PopulationPriors p = beliefs.priors();
        List<PredictedPreference> out = new ArrayList<>();
        for (Map.Entry<String, String> e : beliefs.revealed().entrySet()) {
            out.add(new PredictedPreference(e.getKey(), e.getValue(), 1.0, PredictedPreference.REVEALED));
        }
        int k = (int) Math.max(0, Math.round(p.meanActive()) - out.size());
        List<Integer> open = new ArrayList<>();
        for (int a = 0; a < p.size(); a++) {
            if (!beliefs.known(a)) {
                open.add(a);
            }
        }
        open.sort(Comparator.<Integer>comparingDouble(a -> -beliefs.p(a)).thenComparingInt(a -> a));
        for (int a : open.subList(0, Math.min(k, open.size()))) {
            out.add(new PredictedPreference(p.attributes().get(a), beliefs.likelyValue(a),
                    round(beliefs.p(a) * beliefs.likelyValueShare(a)), PredictedPreference.PREDICTED));
        }
        return out;
    }

    /** One of the attribute's question hints, chosen per episode; a plain question when it has none. */
    static String question(Attribute a, String episodeKey) {
        List<String> hints = a.questionHints();
        if (hints.isEmpty()) {
            return "Do you have a preference about " + a.name().toLowerCase(java.util.Locale.ROOT) + "?";
        }
        int pick = (int) Math.floorMod(PreferenceSampler.streamSeed(episodeKey + "|pep-ask|" + a.id()),
                (long) hints.size());
        return hints.get(pick);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
