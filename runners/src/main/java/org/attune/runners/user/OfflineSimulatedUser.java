package org.attune.runners.user;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.api.ActivePreference;
import org.attune.api.Attribute;
import org.attune.api.Match;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.api.SimulatedUser;
import org.attune.api.Turn;
import org.attune.api.UserContext;
import org.attune.api.UserReply;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PreferenceSampler;
import org.attune.tasks.formats.PrefDiscoAttributes;

/**
 * {@code builtin:user}: the offline simulated person (SPEC §2). It matches each message to
 * attributes with the in-process embedding matcher, states an active attribute's value in a
 * natural sentence in the persona's voice, says "no strong preference" for attributes that are not
 * active, and deflects questions about the task. Passive by default; the collaborative style also
 * volunteers one active preference per turn that has not come up yet.
 */
public final class OfflineSimulatedUser implements SimulatedUser {
    public static final String TASK_REPLY = "I don't know, that is what I am asking you.";

    private final AttributeCatalog catalog;
    private final AttributeMatcher matcher;
    private final boolean collaborative;

    public OfflineSimulatedUser(AttributeCatalog catalog, AttributeMatcher matcher, boolean collaborative) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.collaborative = collaborative;
    }

    @Override
    public UserReply reply(UserContext ctx, String message) {
        // another record's rubric criterion is another person's (as ModelSimulatedUser lists them)
        MatchResult result = matcher.match(message,
                id -> !PrefDiscoAttributes.isCriterion(id) || ctx.active().find(id).isPresent());
        Persona persona = ctx.persona();
        List<String> sentences = new ArrayList<>();
        Set<String> mentioned = new HashSet<>();
        switch (result.kind()) {
            case TASK_CONTENT -> sentences.add(TASK_REPLY);
            case OFF_TOPIC -> sentences.add(offTopic(persona));
            case ATTRIBUTES -> {
                for (Match m : result.matches()) {
                    Optional<ActivePreference> p = ctx.active().find(m.attribute());
                    Attribute a = catalog.get(m.attribute());
                    mentioned.add(a.id());
                    if (p.isPresent()) {
                        sentences.add(state(persona, a, p.get().value(), ctx.episodeKey()));
                    } else {
                        sentences.add("No strong preference about " + lower(a.name()) + ".");
                    }
                }
            }
        }
        if (collaborative) {
            volunteer(ctx, mentioned).ifPresent(sentences::add);
        }
        String text = voice(persona, String.join(" ", sentences), result.kind() == MatchResult.Kind.ATTRIBUTES);
        return new UserReply(text, result.matches());
    }

    private Optional<String> volunteer(UserContext ctx, Set<String> mentioned) {
        Set<String> said = new HashSet<>(mentioned);
        for (Turn t : ctx.transcript()) {
            if (Turn.USER.equals(t.role())) {
                for (Match m : t.matched()) {
                    said.add(m.attribute());
                }
                for (ActivePreference p : ctx.active().items()) {
                    if (t.text().contains(catalog.get(p.attribute()).describe(p.value()))) {
                        said.add(p.attribute());
                    }
                }
            }
        }
        for (ActivePreference p : ctx.active().items()) {
            if (!said.contains(p.attribute())) {
                Attribute a = catalog.get(p.attribute());
                return Optional.of("Also, about " + lower(a.name()) + ": " + a.describe(p.value()) + ".");
            }
        }
        return Optional.empty();
    }

    /** A sentence that states the value; phrasing varies by episode, reasons come from the persona. */
    String state(Persona persona, Attribute a, String value, String episodeKey) {
        String desc = a.describe(value);
        int pick = (int) Math.floorMod(PreferenceSampler.streamSeed(episodeKey + "|" + a.id()), 4L);
        String s;
        if (a.isScale()) {
            s = switch (pick) {
                case 0 -> "For " + lower(a.name()) + ", I'd say " + desc + ".";
                case 1 -> "When it comes to " + lower(a.name()) + ": " + desc + ".";
                case 2 -> "On " + lower(a.name()) + ", " + desc + " suits me.";
                default -> "About " + lower(a.name()) + ", " + desc + ", please.";
            };
        } else {
            s = switch (pick) {
                case 0 -> "I'd like " + desc + ".";
                case 1 -> capitalize(desc) + ", please.";
                case 2 -> "Ideally " + desc + ".";
                default -> "What works for me is " + desc + ".";
            };
        }
        Preference pref = persona.preferences().get(a.id());
        if (pref != null && pref.why() != null && !pref.why().isBlank() && persona.bigFive() != null
                && persona.bigFive().extraversion() >= 3) {
            s += " " + capitalize(pref.why().strip()) + (pref.why().strip().matches(".*[.!?]$") ? "" : ".");
        }
        return s;
    }

    private static String offTopic(Persona persona) {
        return "I'm not sure what you mean. I only have my question, and I'd like it answered in a way that suits me.";
    }

    /** A light touch of the persona's temperament around the reply. */
    private static String voice(Persona persona, String text, boolean aboutPreferences) {
        if (persona.bigFive() == null || !aboutPreferences) {
            return text;
        }
        if (persona.bigFive().agreeableness() >= 4) {
            return "Thanks for asking. " + text;
        }
        if (persona.bigFive().neuroticism() >= 4) {
            return "Hmm, honestly? " + text;
        }
        return text;
    }

    static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
