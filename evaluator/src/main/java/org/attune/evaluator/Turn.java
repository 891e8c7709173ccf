package org.attune.evaluator;

import java.util.List;

/** One message of a discovery dialogue; {@code matched} is set on user turns (SPEC §2). */
public record Turn(String role, String text, List<Match> matched) {
    public static final String AGENT = "agent";
    public static final String USER = "user";

    public Turn {
        matched = matched == null ? List.of() : List.copyOf(matched);
    }

    public static Turn agent(String text) {
        return new Turn(AGENT, text, List.of());
    }

    public static Turn user(String text, List<Match> matched) {
        return new Turn(USER, text, matched);
    }
}
