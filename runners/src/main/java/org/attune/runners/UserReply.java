package org.attune.runners;

import java.util.List;
import org.attune.evaluator.Match;

/** The simulated person's reply and the attributes the agent's message was matched to. */
public record UserReply(String text, List<Match> matched) {
    public UserReply {
        matched = List.copyOf(matched);
    }
}
