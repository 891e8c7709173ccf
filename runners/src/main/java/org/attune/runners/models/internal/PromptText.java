package org.attune.runners.models.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.Attribute;
import org.attune.api.BigFive;
import org.attune.api.Choice;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.personas.AttributeCatalog;

/** The plain-text blocks templates are filled with: a persona, preferences, anchors, the catalog. */
public final class PromptText {
    private PromptText() {
    }

    /** Who the simulated person is, for the user's prompt (never their preferences' full list). */
    public static String persona(Persona p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.name()).append(", ").append(p.age()).append(", ").append(p.occupation()).append(" in ")
                .append(p.location()).append(".\n").append(p.background());
        BigFive b = p.bigFive();
        if (b != null) {
            sb.append("\nPersonality (1-5): openness ").append(b.openness()).append(", conscientiousness ")
                    .append(b.conscientiousness()).append(", extraversion ").append(b.extraversion())
                    .append(", agreeableness ").append(b.agreeableness()).append(", neuroticism ")
                    .append(b.neuroticism()).append('.');
            for (String trait : BigFive.TRAITS) {
                String reading = b.readings().get(trait);
                if (reading != null && !reading.isBlank()) {
                    sb.append("\n- ").append(reading);
                }
            }
        }
        append(sb, "How you think and learn: ", p.cognitive());
        append(sb, "How you feel about things like this: ", p.affective());
        if (!p.expertise().isEmpty()) {
            sb.append("\nWhat you know well: ").append(String.join(", ", p.expertise())).append('.');
        }
        return sb.toString();
    }

    /**
     * One line per active preference: name, what it is about, the wanted value in words, and
     * (with {@code withWhy}) the person's reason.
     */
    public static String preferences(ActivePreferences prefs, AttributeCatalog catalog, Persona persona, boolean withWhy) {
        List<String> lines = new ArrayList<>();
        for (ActivePreference p : prefs.items()) {
            Attribute a = catalog.get(p.attribute());
            StringBuilder sb = new StringBuilder("- ").append(a.name()).append(" (").append(a.description().strip())
                    .append("): ").append(a.describe(p.value()));
            Preference own = persona == null ? null : persona.preferences().get(p.attribute());
            if (withWhy && own != null && own.why() != null && !own.why().isBlank()) {
                sb.append(". Why: ").append(own.why().strip());
            }
            lines.add(sb.toString());
        }
        return lines.isEmpty() ? "(none)" : String.join("\n", lines);
    }

    /** The positions of an attribute: the scale's anchors or the list of choices. */
    public static String anchors(Attribute a) {
        List<String> lines = new ArrayList<>();
        if (a.isScale()) {
            for (Map.Entry<Integer, String> e : new TreeMap<>(a.scale()).entrySet()) {
                lines.add(e.getKey() + " = " + e.getValue());
            }
        } else {
            for (Choice c : a.choices()) {
                lines.add("- " + c.value() + ": " + c.description());
            }
        }
        return String.join("\n", lines);
    }

    /** The wanted value in words, with the value itself when that is not the same text. */
    public static String value(Attribute a, String value) {
        String words = a.describe(value);
        return words.equals(value) ? value : words + " (" + (a.isScale() ? value + " on the 1-5 scale" : value) + ")";
    }

    /** Every attribute of the catalog: {@code id: name - description}. */
    public static String catalog(AttributeCatalog catalog) {
        List<String> lines = new ArrayList<>();
        for (Attribute a : catalog.all()) {
            lines.add("- " + a.id() + ": " + a.name() + " - " + a.description().strip());
        }
        return String.join("\n", lines);
    }

    /** A marker suffix derived from the text it fences, so the text cannot close its own fence. */
    public static String nonce(String text) {
        return Hashing.hex(text == null ? "" : text).substring(0, 12);
    }

    private static void append(StringBuilder sb, String label, String text) {
        if (text != null && !text.isBlank()) {
            sb.append('\n').append(label).append(text.strip());
        }
    }
}
