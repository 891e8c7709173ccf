package org.attune.runners.user;

import java.util.List;
import org.attune.api.Match;

/** Decides which attributes (if any) a message to the simulated person is about (SPEC §2). */
@FunctionalInterface
public interface AttributeMatcher {
    MatchResult match(String message);

    /**
     * As {@link #match(String)}, choosing only among the attributes {@code allowed} accepts (the person's
     * own: another PrefDisco record's rubric criterion is another person's). This default drops the others
     * from the result; a matcher that ranks attributes should leave them out of the ranking instead.
     */
    default MatchResult match(String message, java.util.function.Predicate<String> allowed) {
        MatchResult r = match(message);
        if (r.kind() != MatchResult.Kind.ATTRIBUTES) {
            return r;
        }
        List<Match> kept = r.matches().stream().filter(m -> allowed.test(m.attribute())).toList();
        return kept.isEmpty() ? new MatchResult(MatchResult.Kind.OFF_TOPIC, List.of())
                : new MatchResult(MatchResult.Kind.ATTRIBUTES, kept);
    }
}
