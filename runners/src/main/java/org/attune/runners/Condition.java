package org.attune.runners;

import java.util.Locale;

/**
 * What the agent is told about the person (SPEC §2). {@code persona_known} is PrefDisco's mode of
 * that name: the profile and the active preferences with the person's reasons.
 */
public enum Condition {
    GENERIC, PERSONA, DISCOVERY, ORACLE, PERSONA_KNOWN;

    /** Whether the agent sees the persona's profile (persona, persona_known). */
    public boolean showsProfile() {
        return this == PERSONA || this == PERSONA_KNOWN;
    }

    /** Whether the agent sees the active preferences (oracle; persona_known also with the person's reasons). */
    public boolean showsPreferences() {
        return this == ORACLE || this == PERSONA_KNOWN;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Condition parse(String s) {
        for (Condition c : values()) {
            if (c.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new org.attune.personas.InvalidInputException(
                "--conditions: unknown condition \"" + s + "\" (known: generic, persona, discovery, oracle, persona_known)"
                        + org.attune.personas.util.DidYouMean.hint(s, java.util.Arrays.stream(values()).map(Condition::id)
                                .toList()));
    }
}
