package org.attune.runners.learners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.Agent;
import org.attune.api.AgentContext;
import org.attune.api.Attribute;
import org.attune.api.Condition;
import org.attune.api.InferredPreferences;
import org.attune.api.Round;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;

/**
 * The offline response: the base agent's generic answer (for {@code builtin:reference}, the item's
 * reference solution) with the style operators of the believed {@code rules} values applied. Examples are
 * ignored: offline learners turn them into a belief first.
 */
public final class RulesResponder implements Responder {
    private final Agent base;
    private final AttributeCatalog catalog;
    private final RulesLibrary rules;

    public RulesResponder(Agent base, AttributeCatalog catalog, RulesLibrary rules) {
        this.base = base;
        this.catalog = catalog;
        this.rules = rules;
    }

    @Override
    public String respond(Round round, InferredPreferences belief, List<Example> examples) {
        String text = base.act(new AgentContext(round.task(), round.item(), Condition.GENERIC, null, null, List.of(), 0,
                true, round.key("base"))).text();
        Map<String, String> values = new LinkedHashMap<>();
        belief.values().forEach((attribute, value) -> {
            Attribute a = catalog.find(attribute).orElse(null);
            if (a != null && a.isRules() && a.isValidValue(value) && rules.find(attribute).isPresent()) {
                values.put(attribute, value);
            }
        });
        return values.isEmpty() ? text : rules.applyAll(text, values);
    }
}
