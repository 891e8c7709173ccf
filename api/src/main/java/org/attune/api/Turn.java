package org.attune.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One message of a discovery dialogue; {@code matched} is set on user turns (SPEC §2).
 * {@code reasoning} is what a model thought before it wrote the message (a {@code <think>} block or
 * a provider's reasoning field), kept apart from the text: never scored, null when there was none.
 */
public record Turn(String role, String text, List<Match> matched,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String reasoning) {
    public static final String AGENT = "agent";
    public static final String USER = "user";

    public Turn {
        matched = matched == null ? List.of() : List.copyOf(matched);
    }

    /** A turn without reasoning. */
    public Turn(String role, String text, List<Match> matched) {
        this(role, text, matched, null);
    }

    public static Turn agent(String text) {
        return new Turn(AGENT, text, List.of(), null);
    }

    public static Turn agent(String text, String reasoning) {
        return new Turn(AGENT, text, List.of(), reasoning);
    }

    public static Turn user(String text, List<Match> matched) {
        return new Turn(USER, text, matched, null);
    }

    public static Turn user(String text, List<Match> matched, String reasoning) {
        return new Turn(USER, text, matched, reasoning);
    }
}
