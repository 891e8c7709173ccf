package org.attune.runners.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.Attribute;
import org.attune.api.InferredPreferences;
import org.attune.api.Round;
import org.attune.evaluator.EditDistance;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;

/**
 * The offline edit reading: the edit reveals attribute = value for every {@code rules} attribute of the
 * item's domain whose checker the edit changed (fully satisfied by the edit, not by the response). When
 * several values of one attribute qualify (a text cut to sixty words satisfies every budget above it),
 * the one whose operator alone brings the response closest to the edit is taken. Values of the applied
 * belief that the edit kept satisfied count as confirmed: the person left them alone.
 */
public final class RulesEditReader implements EditReader {
    private static final double FULL = 1.0 - 1e-9;

    private final AttributeCatalog catalog;
    private final RulesLibrary rules;

    public RulesEditReader(AttributeCatalog catalog, RulesLibrary rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    @Override
    public InferredPreferences read(Round round, String response, String edited, InferredPreferences applied) {
        Map<String, String> out = new TreeMap<>();
        for (Attribute a : readable(round.task().domain())) {
            List<String> changed = new ArrayList<>();
            for (String v : a.values()) {
                if (full(a, edited, v) && !full(a, response, v)) {
                    changed.add(v);
                }
            }
            if (!changed.isEmpty()) {
                out.put(a.id(), changed.size() == 1 ? changed.get(0) : closest(a, changed, response, edited));
            }
        }
        applied.values().forEach((attribute, value) -> {
            Attribute a = catalog.find(attribute).orElse(null);
            if (!out.containsKey(attribute) && a != null && readable(a, round.task().domain()) && full(a, edited, value)) {
                out.put(attribute, value);
            }
        });
        return InferredPreferences.of(out);
    }

    private List<Attribute> readable(String domain) {
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : catalog.all()) {
            if (readable(a, domain)) {
                out.add(a);
            }
        }
        return out;
    }

    private boolean readable(Attribute a, String domain) {
        return a.isRules() && a.appliesTo(domain) && rules.find(a.id()).isPresent();
    }

    private boolean full(Attribute a, String text, String value) {
        return rules.degree(a.id(), text, value) >= FULL;
    }

    private String closest(Attribute a, List<String> values, String response, String edited) {
        String best = values.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String v : values) {
            int d = EditDistance.words(rules.applyAll(response, Map.of(a.id(), v)), edited);
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return best;
    }
}
