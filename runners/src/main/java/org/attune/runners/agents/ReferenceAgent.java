package org.attune.runners.agents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.Turn;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.ActivePreference;
import org.attune.personas.Attribute;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.Persona;
import org.attune.personas.PersonaLibrary;
import org.attune.personas.Preference;
import org.attune.runners.Agent;
import org.attune.runners.AgentAction;
import org.attune.runners.AgentContext;

/**
 * {@code builtin:reference}: a deterministic baseline, not a model. One agent whose behaviour
 * follows the condition, as a model's would in PrefDisco:
 * <ul>
 * <li>generic: the item's reference solution in its plain default style;</li>
 * <li>persona: preferences guessed from the profile by {@link PersonaGuess}'s documented rules;</li>
 * <li>discovery: asks, one attribute per turn, about the criteria of the item's own rubric when it
 *     has one (a PrefDisco record), then about the attributes that matter most often in the
 *     item's domain (by total importance across the persona library: a population prior), in
 *     varied phrasings, reads each value from the reply, then personalizes with what it learned;</li>
 * <li>oracle and persona_known: personalizes with every active preference.</li>
 * </ul>
 * Personalizing = adding a phrase for each judge attribute wanted strongly (value 4-5), then
 * applying the style operators of the rules attributes in the library's canonical order.
 */
public final class ReferenceAgent implements Agent {
    private final AttributeCatalog catalog;
    private final RulesLibrary rules;
    private final ReferencePhrases phrases = ReferencePhrases.load();
    private final Map<String, List<Attribute>> priorityByDomain = new HashMap<>();
    private final PersonaLibrary population;
    private final ItemCriteria itemCriteria;

    public ReferenceAgent(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population) {
        this(catalog, rules, population, ItemCriteria.NONE);
    }

    /** @param itemCriteria the rubric of an item that brings its own (asked about first, in its order) */
    public ReferenceAgent(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population,
                          ItemCriteria itemCriteria) {
        this.catalog = catalog;
        this.rules = rules;
        this.population = population;
        this.itemCriteria = itemCriteria;
    }

    @Override
    public AgentAction act(AgentContext ctx) {
        String base = Answers.base(ctx.task(), ctx.item());
        return switch (ctx.condition()) {
            case GENERIC -> AgentAction.answer(base);
            case PERSONA -> AgentAction.answer(personalize(base, PersonaGuess.guess(ctx.persona())));
            case ORACLE, PERSONA_KNOWN -> {
                Map<String, String> values = new LinkedHashMap<>();
                for (ActivePreference p : ctx.oracle().items()) {
                    values.put(p.attribute(), p.value());
                }
                yield AgentAction.answer(personalize(base, values));
            }
            case DISCOVERY -> discover(ctx, base);
        };
    }

    private AgentAction discover(AgentContext ctx, String base) {
        List<Attribute> ranked = priorities(ctx.task().domain());
        List<String> own = itemCriteria.of(ctx.task().id(), ctx.item().id());
        if (!own.isEmpty()) { // an item with its own rubric: its criteria first, in the rubric's order
            List<Attribute> first = new ArrayList<>();
            own.forEach(id -> catalog.find(id).ifPresent(first::add));
            ranked.stream().filter(a -> !own.contains(a.id())).forEach(first::add);
            ranked = first;
        }
        List<Turn> turns = ctx.transcript();
        int asked = (int) turns.stream().filter(t -> Turn.AGENT.equals(t.role())).count();
        if (!ctx.mustAnswer() && ctx.questionsLeft() > 0 && asked < ranked.size()) {
            Attribute next = ranked.get(asked);
            return AgentAction.ask(Questions.about(next, ctx.episodeKey()));
        }
        Map<String, String> learned = new LinkedHashMap<>();
        int q = 0;
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (Turn.AGENT.equals(t.role())) {
                Attribute a = q < ranked.size() ? ranked.get(q) : null;
                q++;
                if (a != null && i + 1 < turns.size() && Turn.USER.equals(turns.get(i + 1).role())) {
                    String value = ReplyReader.value(a, turns.get(i + 1).text());
                    if (value != null) {
                        learned.put(a.id(), value);
                    }
                }
            }
        }
        return AgentAction.answer(personalize(base, learned));
    }

    /** Attributes that apply to the domain, most total importance across the population first. */
    List<Attribute> priorities(String domain) {
        synchronized (priorityByDomain) {
            return priorityByDomain.computeIfAbsent(domain, d -> {
                Map<String, Integer> weight = new HashMap<>();
                for (Persona p : population.all()) {
                    for (Map.Entry<String, Preference> e : p.preferences().entrySet()) {
                        weight.merge(e.getKey(), e.getValue().importance(), Integer::sum);
                    }
                }
                List<Attribute> out = new ArrayList<>();
                for (Attribute a : catalog.all()) {
                    if (a.appliesTo(d)) {
                        out.add(a);
                    }
                }
                out.sort(Comparator.<Attribute>comparingInt(a -> -weight.getOrDefault(a.id(), 0))
                        .thenComparing(Attribute::id));
                return List.copyOf(out);
            });
        }
    }

    /** Adds judge-attribute phrases for strong wishes, then applies the rules operators. */
    String personalize(String base, Map<String, String> values) {
        List<String> start = new ArrayList<>();
        List<String> end = new ArrayList<>();
        Map<String, String> ruleValues = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            Attribute a = catalog.find(e.getKey()).orElse(null);
            if (a == null) {
                continue;
            }
            if (a.isRules() && rules.find(a.id()).isPresent()) {
                ruleValues.put(a.id(), e.getValue());
            } else if (a.isScale() && Integer.parseInt(e.getValue()) >= 4 && phrases.byAttribute().containsKey(a.id())) {
                ReferencePhrases.Phrase p = phrases.byAttribute().get(a.id());
                (p.atStart() ? start : end).add(p.text());
            }
        }
        String text = base;
        if (!start.isEmpty()) {
            text = String.join(" ", start) + "\n\n" + text;
        }
        if (!end.isEmpty()) {
            text = text + "\n\n" + String.join(" ", end);
        }
        return ruleValues.isEmpty() ? text : rules.applyAll(text, ruleValues);
    }
}
