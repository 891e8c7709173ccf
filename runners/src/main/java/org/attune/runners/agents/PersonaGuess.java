package org.attune.runners.agents;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.api.BigFive;
import org.attune.api.Persona;

/**
 * The reference agent's guesses in the persona condition: simple, documented rules from the
 * profile (it never sees the preferences).
 * <ul>
 * <li>any declared expertise: analogies from that field (field-analogies 4);</li>
 * <li>neuroticism 4+: reassurance 5 and encouragement 4;</li>
 * <li>conscientiousness 4+: numbered steps and rigor 4; 2 or less: brief, answer first;</li>
 * <li>extraversion 4+: casual register, enthusiastic; 2 or less: calm, no emoji;</li>
 * <li>openness 4+: intuition first 4 and alternative methods 4;</li>
 * <li>agreeableness 4+: addressed directly as "you";</li>
 * <li>age 60+: formal register and no emoji; under 30: casual register (an age of 0 is unknown: no guess).</li>
 * </ul>
 */
final class PersonaGuess {
    private PersonaGuess() {
    }

    static Map<String, String> guess(Persona p) {
        Map<String, String> g = new LinkedHashMap<>();
        if (p == null) {
            return g;
        }
        if (!p.expertise().isEmpty()) {
            g.put("field-analogies", "4");
        }
        BigFive b = p.bigFive();
        if (b != null) {
            if (b.neuroticism() >= 4) {
                g.put("reassurance", "5");
                g.put("encouragement", "4");
            }
            if (b.conscientiousness() >= 4) {
                g.put("layout", "numbered-steps");
                g.put("rigor", "4");
            } else if (b.conscientiousness() <= 2) {
                g.put("word-budget", "brief");
                g.put("answer-placement", "answer-first");
            }
            if (b.extraversion() >= 4) {
                g.put("contractions", "casual");
                g.put("exclamation", "enthusiastic");
            } else if (b.extraversion() <= 2) {
                g.put("exclamation", "calm");
                g.put("emoji", "none");
            }
            if (b.openness() >= 4) {
                g.put("intuition-first", "4");
                g.put("alternative-methods", "4");
            }
            if (b.agreeableness() >= 4) {
                g.put("address", "second-person");
            }
        }
        if (p.age() >= 60) {
            g.put("contractions", "formal");
            g.put("emoji", "none");
        } else if (p.age() > 0 && p.age() < 30) {
            g.put("contractions", "casual");
        }
        return g;
    }
}
