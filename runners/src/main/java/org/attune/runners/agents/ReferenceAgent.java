package org.attune.runners.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreference;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Attribute;
import org.attune.api.Turn;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;

/**
 * {@code builtin:reference}: a deterministic baseline, not a model. One agent whose behaviour
 * follows the condition, as a model's would in PrefDisco:
 * <ul>
 * <li>generic: the item's reference solution in its plain default style;</li>
 * <li>persona: preferences guessed from the profile by {@link PersonaGuess}'s documented rules;</li>
 * <li>discovery: asks, one attribute per turn, about the attributes its {@link QuestionPlan} picks
 *     (by default those that matter most often in the item's domain, by total importance across the
 *     persona library: a population prior), in varied phrasings, reads every value each reply
 *     reveals sentence by sentence ({@link ReplyReader}), then personalizes with all of them;</li>
 * <li>oracle and persona_known: personalizes with every active preference.</li>
 * </ul>
 * Personalizing = adding a phrase for each judge attribute wanted strongly (value 4-5) and a
 * lighter one for a middle wish (3), then
 * applying the style operators of the rules attributes in the library's canonical order.
 */
public final class ReferenceAgent implements Agent {
    private final AttributeCatalog catalog;
    private final RulesLibrary rules;
    private final ReferencePhrases phrases = ReferencePhrases.load();
    private final QuestionPlan questions;

    /** The reference agent with its default plan: the population prior of {@link PopulationPriorPlan}. */
    public ReferenceAgent(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population) {
        this(catalog, rules, new PopulationPriorPlan(catalog, population));
    }

    /**
     * The default plan, except that an item with its own rubric (a PrefDisco record) has its criteria
     * asked about first, in the rubric's order.
     */
    public ReferenceAgent(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population,
                          ItemCriteria itemCriteria) {
        this(catalog, rules, new ItemCriteriaPlan(catalog, itemCriteria, new PopulationPriorPlan(catalog, population)));
    }

    /** The reference agent asking about what {@code questions} chooses. */
    public ReferenceAgent(AttributeCatalog catalog, RulesLibrary rules, QuestionPlan questions) {
        this.catalog = catalog;
        this.rules = rules;
        this.questions = questions;
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
        List<Attribute> plan = questions.attributes(ctx);
        List<Turn> turns = ctx.transcript();
        int asked = (int) turns.stream().filter(t -> Turn.AGENT.equals(t.role())).count();
        if (!ctx.mustAnswer() && ctx.questionsLeft() > 0 && asked < plan.size()) {
            return AgentAction.ask(Questions.about(plan.get(asked), ctx.episodeKey()));
        }
        return AgentAction.answer(personalize(base, learned(ctx, plan)));
    }

    /** Every value the replies revealed, for the attribute asked about and any other one volunteered; later replies win. */
    Map<String, String> learned(AgentContext ctx, List<Attribute> plan) {
        List<Attribute> domain = catalog.all().stream().filter(a -> a.appliesTo(ctx.task().domain())).toList();
        List<Turn> turns = ctx.transcript();
        Map<String, String> learned = new LinkedHashMap<>();
        int q = 0;
        for (int i = 0; i < turns.size(); i++) {
            if (Turn.AGENT.equals(turns.get(i).role())) {
                List<Attribute> about = q < plan.size() ? List.of(plan.get(q)) : List.of();
                q++;
                if (i + 1 < turns.size() && Turn.USER.equals(turns.get(i + 1).role())) {
                    learned.putAll(ReplyReader.read(turns.get(i + 1).text(), about, domain).values());
                }
            }
        }
        return learned;
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
            } else if (a.isScale() && phrases.byAttribute().containsKey(a.id())) {
                ReferencePhrases.Phrase p = phrases.byAttribute().get(a.id());
                int v = Integer.parseInt(e.getValue());
                String text = v >= 4 ? p.text() : v == 3 ? p.light() : null;
                if (text != null) {
                    (p.atStart() ? start : end).add(text);
                }
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
