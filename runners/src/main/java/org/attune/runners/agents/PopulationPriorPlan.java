package org.attune.runners.agents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.AgentContext;
import org.attune.api.Attribute;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;

/**
 * The reference agent's default plan: the attributes that apply to the item's domain, most total
 * importance across the persona library first (a population prior), ties by id.
 */
final class PopulationPriorPlan implements QuestionPlan {
    private final AttributeCatalog catalog;
    private final PersonaLibrary population;
    private final Map<String, List<Attribute>> byDomain = new HashMap<>();

    PopulationPriorPlan(AttributeCatalog catalog, PersonaLibrary population) {
        this.catalog = catalog;
        this.population = population;
    }

    @Override
    public List<Attribute> attributes(AgentContext ctx) {
        return forDomain(ctx.task().domain());
    }

    List<Attribute> forDomain(String domain) {
        synchronized (byDomain) {
            return byDomain.computeIfAbsent(domain, d -> {
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
}
