package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.BigFive;
import org.attune.api.Persona;

/** What the episode page shows of a persona: the full profile when the library knows it, else the id. */
record PersonaCard(String id, boolean known, String name, int age, String occupation, String location,
                   String background, List<String> expertise, String cognitive, String affective,
                   List<Trait> traits) {

    record Trait(String name, int score, String reading) {
    }

    static PersonaCard of(String id, Catalogs catalogs) {
        Persona p = catalogs.persona(id).orElse(null);
        if (p == null) {
            return new PersonaCard(id, false, id, 0, null, null, null, List.of(), null, null, List.of());
        }
        List<Trait> traits = new ArrayList<>();
        BigFive b = p.bigFive();
        if (b != null) {
            int[] scores = {b.openness(), b.conscientiousness(), b.extraversion(), b.agreeableness(), b.neuroticism()};
            for (int i = 0; i < BigFive.TRAITS.size(); i++) {
                String t = BigFive.TRAITS.get(i);
                traits.add(new Trait(t, scores[i], b.readings().get(t)));
            }
        }
        return new PersonaCard(p.id(), true, p.name(), p.age(), p.occupation(), p.location(), p.background(),
                p.expertise(), p.cognitive(), p.affective(), traits);
    }
}
