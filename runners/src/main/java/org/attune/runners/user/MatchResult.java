package org.attune.runners.user;

import java.util.List;
import org.attune.api.Match;

/**
 * What a message from the agent to the simulated user asks about (SPEC §2): the attributes it
 * targets (several when it asks several questions), the task itself, or neither.
 *
 * @param matches the targeted attributes with their similarity, best first; empty unless
 *                {@code kind} is {@link Kind#ATTRIBUTES}
 */
public record MatchResult(Kind kind, List<Match> matches) {

    /** The kind of message. */
    public enum Kind {
        /** Asks about one or more preference attributes. */
        ATTRIBUTES,
        /** Asks about the task's answer, solution or meaning. */
        TASK_CONTENT,
        /** Neither: small talk or something the matcher cannot place. */
        OFF_TOPIC
    }

    public MatchResult {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    /** The matched attribute ids, best first. */
    public List<String> attributeIds() {
        return matches.stream().map(Match::attribute).toList();
    }
}
