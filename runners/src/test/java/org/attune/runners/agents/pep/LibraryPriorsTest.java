package org.attune.runners.agents.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;
import org.junit.jupiter.api.Test;

/** The priors a persona's episodes are played with are never fitted on that persona, nor on its half. */
class LibraryPriorsTest {
    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private final List<Persona> library = PersonaLibrary.builtin().all();
    private final List<String> evaluated = library.subList(0, 40).stream().map(Persona::id).toList();

    private LibraryPriors priors(long seed, List<Persona> population) {
        return new LibraryPriors(catalog, population, new PepSetup(seed, 5, evaluated, List.of()));
    }

    @Test
    void thePersonasFittedOnAreDisjointFromTheEvaluatedHalfTheyServe() {
        LibraryPriors p = priors(0, library);
        Map<Integer, Set<String>> halves = new LinkedHashMap<>();
        for (String id : evaluated) {
            halves.computeIfAbsent(p.half(id), h -> new HashSet<>()).add(id);
        }
        assertThat(halves).containsOnlyKeys(0, 1); // both halves are used
        for (String id : evaluated) {
            Set<String> fitted = new HashSet<>();
            p.fittedFor(id).forEach(x -> fitted.add(x.id()));
            assertThat(fitted).as(id).doesNotContain(id).doesNotContainAnyElementsOf(halves.get(p.half(id)));
            // everything else is used: the library outside the run, and the other half
            assertThat(fitted).hasSize(library.size() - halves.get(p.half(id)).size());
        }
    }

    @Test
    void theSplitIsSeeded() {
        List<Integer> a = evaluated.stream().map(priors(0, library)::half).toList();
        assertThat(evaluated.stream().map(priors(0, library)::half).toList()).isEqualTo(a);
        assertThat(evaluated.stream().map(priors(7, library)::half).toList()).isNotEqualTo(a);
    }

    @Test
    void aPersonasOwnPreferencesCannotReachThePriorsItIsPlayedWith() {
        String id = evaluated.get(0);
        PopulationPriors before = priors(0, library).priors("math", id);
        List<Persona> changed = new ArrayList<>();
        for (Persona p : library) {
            changed.add(p.id().equals(id) ? withTopPreference(p, "emoji") : p);
        }
        PopulationPriors after = priors(0, changed).priors("math", id);
        for (int a = 0; a < before.size(); a++) {
            assertThat(after.prior(a)).isEqualTo(before.prior(a));
        }
        assertThat(after.attributes()).isEqualTo(before.attributes());
    }

    @Test
    void priorsFollowTheSampler() {
        PopulationPriors p = priors(0, library).priors("math", evaluated.get(0));
        assertThat(p.meanActive()).isEqualTo(5.0);
        assertThat(p.draws()).isEqualTo(priors(0, library).fittedFor(evaluated.get(0)).size()
                * LibraryPriors.ITEMS_PER_PERSONA);
        double sum = 0;
        for (int a = 0; a < p.size(); a++) {
            sum += p.prior(a);
        }
        assertThat(sum).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.1));
    }

    /** The persona with one preference's importance set to the top (a change the priors would show). */
    private static Persona withTopPreference(Persona p, String attribute) {
        Map<String, Preference> prefs = new LinkedHashMap<>(p.preferences());
        prefs.put(attribute, new Preference("none", 5, "changed for the test"));
        return new Persona(p.id(), p.name(), p.age(), p.occupation(), p.location(), p.background(), p.bigFive(),
                p.cognitive(), p.affective(), p.expertise(), prefs);
    }
}
