package org.attune.runners.user;

import java.util.List;
import org.attune.evaluator.Match;

/** TEMPORARY stub until the matcher branch lands. */
public record MatchResult(Kind kind, List<Match> matches) {
    public enum Kind { ATTRIBUTES, TASK_CONTENT, OFF_TOPIC }
}
