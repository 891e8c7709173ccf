package org.attune.runners;

import java.util.List;
import org.attune.evaluator.Match;

/**
 * The simulated person's reply and the attributes the agent's message was matched to, with what a
 * model reasoned before it (null when nothing).
 */
public record UserReply(String text, List<Match> matched, String reasoning) {
    public UserReply {
        matched = List.copyOf(matched);
    }

    public UserReply(String text, List<Match> matched) {
        this(text, matched, null);
    }
}
