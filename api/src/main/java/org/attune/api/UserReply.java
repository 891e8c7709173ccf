package org.attune.api;

import java.util.List;

/**
 * The simulated person's reply and the attributes the agent's message was matched to, with what a
 * model reasoned before it (null when nothing). {@code stop} says the person ends the dialogue (the
 * {@code passive-stop} style): the reply's text then ends with {@link #STOP_SIGNAL}, which the agent
 * sees, and the agent gives its final response next.
 */
public record UserReply(String text, List<Match> matched, String reasoning, boolean stop) {
    /** What a person who ends the dialogue says last. */
    public static final String STOP_SIGNAL = "[END OF CONVERSATION]";

    public UserReply {
        matched = List.copyOf(matched);
    }

    public UserReply(String text, List<Match> matched) {
        this(text, matched, null, false);
    }

    public UserReply(String text, List<Match> matched, String reasoning) {
        this(text, matched, reasoning, false);
    }
}
