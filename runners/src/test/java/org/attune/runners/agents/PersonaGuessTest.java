package org.attune.runners.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attune.api.Persona;
import org.junit.jupiter.api.Test;

class PersonaGuessTest {
    private static Persona aged(int age) {
        return new Persona("x", "X", age, "tester", "Lima", "A tester.", null, "", "", List.of(), Map.of());
    }

    @Test
    void anUnknownAgeIsNotReadAsYoung() {
        assertThat(PersonaGuess.guess(aged(25))).containsEntry("contractions", "casual");
        assertThat(PersonaGuess.guess(aged(70))).containsEntry("contractions", "formal").containsEntry("emoji", "none");
        // PrefDisco personas that state no age have age 0
        assertThat(PersonaGuess.guess(aged(0))).isEmpty();
    }
}
