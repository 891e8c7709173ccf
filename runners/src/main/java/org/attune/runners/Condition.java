package org.attune.runners;

import java.util.Locale;

/** What the agent is told about the person (SPEC §2). */
public enum Condition {
    GENERIC, PERSONA, DISCOVERY, ORACLE;

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
                "--conditions: unknown condition \"" + s + "\" (known: generic, persona, discovery, oracle)"
                        + org.attune.personas.internal.DidYouMean.hint(s, java.util.Arrays.stream(values()).map(Condition::id)
                                .toList()));
    }
}
