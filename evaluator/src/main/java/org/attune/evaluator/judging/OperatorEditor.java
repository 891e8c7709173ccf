package org.attune.evaluator.judging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.Editor;
import org.attune.api.Persona;
import org.attune.evaluator.rules.RulesLibrary;

/**
 * The offline editor (SPEC §3): applies, in the rules library's fixed order, the style operators of
 * the active {@code rules} attributes whose checker is not fully satisfied. Judge attributes are
 * left alone: no deterministic rewrite exists for them.
 */
public final class OperatorEditor implements Editor {
    private final RulesLibrary rules;

    public OperatorEditor(RulesLibrary rules) {
        this.rules = rules;
    }

    @Override
    public String edit(String response, ActivePreferences preferences, Persona persona) {
        Map<String, String> violated = new LinkedHashMap<>();
        for (ActivePreference p : preferences.items()) {
            if (rules.find(p.attribute()).isPresent() && rules.degree(p.attribute(), response, p.value()) < 1.0) {
                violated.put(p.attribute(), p.value());
            }
        }
        if (violated.isEmpty()) {
            return response;
        }
        // Re-apply the operators of satisfied preferences too, so fixing one cannot break another.
        Map<String, String> all = new LinkedHashMap<>();
        for (ActivePreference p : preferences.items()) {
            if (rules.find(p.attribute()).isPresent()) {
                all.put(p.attribute(), p.value());
            }
        }
        return rules.applyAll(response, all);
    }
}
