package org.attune.runners.agents;

import java.util.Map;
import org.attune.api.Attribute;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;

/**
 * The reference agent's pieces for other built-in agents ({@code builtin:pep}): its plain answer, its
 * reading of a value out of a reply and its operators. One implementation each, shared, so an eliciting
 * agent and the reference agent personalize identically and differ only in what they ask.
 */
public final class ReferenceOperators {
    private final ReferenceAgent reference;

    public ReferenceOperators(AttributeCatalog catalog, RulesLibrary rules, PersonaLibrary population) {
        this.reference = new ReferenceAgent(catalog, rules, population);
    }

    /** The reference agent itself, for the conditions an eliciting agent has nothing to add to. */
    public ReferenceAgent agent() {
        return reference;
    }

    /** The plain default answer: the item's reference solution, or its gold answer stated plainly. */
    public String base(TaskSet task, Item item) {
        return Answers.base(task, item);
    }

    /** Judge-attribute phrases for strong wishes, then the rules operators, for the given values. */
    public String personalize(String base, Map<String, String> values) {
        return reference.personalize(base, values);
    }

    /** The value of {@code a} a reply states, or null when it states none (see the reference agent). */
    public String readValue(Attribute a, String reply) {
        return ReplyReader.value(a, reply);
    }
}
