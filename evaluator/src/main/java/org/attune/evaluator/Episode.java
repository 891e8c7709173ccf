package org.attune.evaluator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code episodes.jsonl} (SPEC §4). Field names are a public contract: add fields
 * freely, rename none without bumping {@link #SCHEMA}.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Episode(
        String schema,
        String key,
        String task,
        String item,
        String persona,
        String condition,
        String agent,
        int epoch,
        String question,
        String goldAnswer,
        List<PreferenceWeight> preferences,
        List<Turn> turns,
        String response,
        @JsonInclude(JsonInclude.Include.ALWAYS) ErrorInfo error,
        Scores scores,
        Map<String, RoleUsage> usage,
        double costUsd,
        Timing timing,
        String learner,
        Integer round,
        String inferred) {
    public static final String SCHEMA = "attune.episode/v1";

    public Episode {
        preferences = preferences == null ? List.of() : List.copyOf(preferences);
        turns = turns == null ? List.of() : List.copyOf(turns);
        usage = usage == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(usage));
    }

    /** Episode key = task|item|persona|condition|agent-label|epoch (SPEC §4). */
    public static String key(String task, String item, String persona, String condition, String agent, int epoch) {
        return task + "|" + item + "|" + persona + "|" + condition + "|" + agent + "|" + epoch;
    }

    public boolean failed() {
        return error != null;
    }

    /** The (item, persona) pair this episode belongs to, the unit of resampling. */
    public String pairKey() {
        return task + "|" + item + "|" + persona;
    }
}
