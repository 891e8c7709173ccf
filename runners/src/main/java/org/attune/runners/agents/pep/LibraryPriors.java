package org.attune.runners.agents.pep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.Attribute;
import org.attune.api.Persona;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PreferenceSampler;

/**
 * Priors for built-in task items, fitted per domain by running the seeded preference sampler over
 * (pseudo-item, persona) pairs of the persona library. A persona the run evaluates is never fitted on
 * for its own episodes: the evaluated personas are split in two halves by a seeded hash, and the priors
 * used for a persona of one half come from the library personas outside that half (the personas the run
 * does not evaluate, and the evaluated ones of the other half).
 */
final class LibraryPriors {
    /** Pseudo-items drawn per persona: enough draws for stable pair counts, still milliseconds to fit. */
    static final int ITEMS_PER_PERSONA = 40;
    static final int HALVES = 2;

    private final AttributeCatalog catalog;
    private final List<Persona> population;
    private final PepSetup setup;
    private final Set<String> evaluated;
    private final Map<String, PopulationPriors> cache = new ConcurrentHashMap<>();

    LibraryPriors(AttributeCatalog catalog, List<Persona> population, PepSetup setup) {
        this.catalog = catalog;
        this.population = List.copyOf(population);
        this.setup = setup;
        this.evaluated = new HashSet<>(setup.evaluatedPersonas());
    }

    /** The half (0 or 1) an evaluated persona falls in, from the run seed. */
    int half(String personaId) {
        return (int) Math.floorMod(PreferenceSampler.streamSeed(setup.seed() + "|pep-split|" + personaId), (long) HALVES);
    }

    /** The personas the priors for {@code personaId}'s episodes are fitted on. */
    List<Persona> fittedFor(String personaId) {
        int h = half(personaId);
        List<Persona> out = new ArrayList<>();
        for (Persona p : population) {
            boolean sameHalf = (evaluated.contains(p.id()) || p.id().equals(personaId)) && half(p.id()) == h;
            if (!sameHalf) {
                out.add(p);
            }
        }
        return out;
    }

    /** The priors for an episode of {@code personaId} on an item of {@code domain}. */
    PopulationPriors priors(String domain, String personaId) {
        return cache.computeIfAbsent(domain + "|" + half(personaId), k -> fit(domain, fittedFor(personaId)));
    }

    private PopulationPriors fit(String domain, List<Persona> personas) {
        PreferenceSampler sampler = new PreferenceSampler(catalog);
        List<PopulationPriors.Draw> draws = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Persona p : personas) {
            for (int i = 0; i < ITEMS_PER_PERSONA; i++) {
                ActivePreferences a = sampler.sample(setup.seed(), "pep-prior", domain + "-" + i, p, domain,
                        setup.prefsPerItem());
                Map<String, String> values = new LinkedHashMap<>();
                Map<String, Integer> importance = new LinkedHashMap<>();
                for (ActivePreference x : a.items()) {
                    values.put(x.attribute(), x.value());
                    importance.put(x.attribute(), x.importance());
                }
                seen.addAll(values.keySet());
                draws.add(new PopulationPriors.Draw(values, importance));
            }
        }
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (Attribute a : catalog.all()) {
            if (a.appliesTo(domain) && seen.contains(a.id())) { // attributes no one in the population holds are not asked
                candidates.put(a.id(), a.values());
            }
        }
        return PopulationPriors.fit(candidates, draws);
    }
}
