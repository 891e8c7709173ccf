package org.attune.evaluator.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** TEMPORARY stub until the rules branch lands. */
public final class RulesLibrary {
    public static RulesLibrary builtin() {
        return new RulesLibrary();
    }

    public Optional<Rule> find(String attributeId) {
        return Optional.empty();
    }

    public Set<String> attributeIds() {
        return Set.of();
    }

    public String applyAll(String response, Map<String, String> valuesByAttribute) {
        return response;
    }

    public double degree(String attributeId, String response, String value) {
        return 1;
    }
}
