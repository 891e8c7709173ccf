package org.attune.runners.agents;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.Attribute;
import org.attune.api.Choice;
import org.attune.personas.PreferenceSampler;

/** The reference agent's questions: several phrasings per attribute, chosen per episode. */
final class Questions {
    private Questions() {
    }

    static String about(Attribute a, String episodeKey) {
        int pick = (int) Math.floorMod(PreferenceSampler.streamSeed(episodeKey + "|ask|" + a.id()), 3L);
        String name = lower(a.name());
        if (a.isScale()) {
            String low = a.scale().get(1);
            String high = a.scale().get(5);
            return switch (pick) {
                case 0 -> "Before I answer, how much " + name + " would you like: " + low + ", or " + high + "?";
                case 1 -> "One thing about " + name + ": do you prefer " + high + ", or " + low + "?";
                default -> "How do you feel about this: " + stripPeriod(lower(a.description())) + "?";
            };
        }
        List<String> options = new ArrayList<>();
        for (Choice c : a.choices()) {
            options.add(c.description());
        }
        String joined = String.join(", or ", options);
        return switch (pick) {
            case 0 -> "Before I answer, what would you like for " + name + ": " + joined + "?";
            case 1 -> "Do you have a preference on " + name + "? For instance " + joined + ".";
            default -> "Quick question about " + name + ": " + stripPeriod(a.description()) + ". What suits you?";
        };
    }

    private static String stripPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
