package org.attune.evaluator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.attune.api.PredictedPreference;
import org.attune.api.Turn;

/**
 * One line of {@code episodes.jsonl} (SPEC §4). Field names are a public contract: add fields
 * freely, rename none without bumping {@link #SCHEMA}.
 *
 * @param formatErrors replies of model-backed roles that did not follow their wire format (SPEC §2)
 * @param judgeAudit   with {@code --judge-all}: the model judge's scores of {@code rules} attributes,
 *                     kept beside the checker's scores in {@code scores.criteria}
 * @param responseReasoning what the model reasoned before its final response (kept apart, never scored)
 * @param normalizations how often each role's replies were normalized before parsing, by kind
 *                     ({@code agent: {reasoning: 2, fence: 1}}); not format errors
 * @param unpricedCalls model calls of the episode whose model has no price: its cost is unknown, not 0
 * @param predictedProfile what an eliciting agent ({@code builtin:pep}) acted on in its final response:
 *                     revealed and predicted preferences (absent for other agents)
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
        String inferred,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> formatErrors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CriterionScore> judgeAudit,
        @JsonInclude(JsonInclude.Include.NON_NULL) String responseReasoning,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, Integer>> normalizations,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int unpricedCalls,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PredictedPreference> predictedProfile) {
    public static final String SCHEMA = "attune.episode/v1";

    public Episode {
        normalizations = normalizations == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(normalizations));
        preferences = preferences == null ? List.of() : List.copyOf(preferences);
        turns = turns == null ? List.of() : List.copyOf(turns);
        usage = usage == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(usage));
        formatErrors = formatErrors == null ? List.of() : List.copyOf(formatErrors);
        judgeAudit = judgeAudit == null ? List.of() : List.copyOf(judgeAudit);
        predictedProfile = predictedProfile == null ? List.of() : List.copyOf(predictedProfile);
    }

    /** An episode without a predicted profile. */
    public Episode(String schema, String key, String task, String item, String persona, String condition, String agent,
                   int epoch, String question, String goldAnswer, List<PreferenceWeight> preferences, List<Turn> turns,
                   String response, ErrorInfo error, Scores scores, Map<String, RoleUsage> usage, double costUsd,
                   Timing timing, String learner, Integer round, String inferred, List<String> formatErrors,
                   List<CriterionScore> judgeAudit, String responseReasoning,
                   Map<String, Map<String, Integer>> normalizations, int unpricedCalls) {
        this(schema, key, task, item, persona, condition, agent, epoch, question, goldAnswer, preferences, turns,
                response, error, scores, usage, costUsd, timing, learner, round, inferred, formatErrors, judgeAudit,
                responseReasoning, normalizations, unpricedCalls, List.of());
    }

    /** An episode without reasoning, normalizations or unpriced calls. */
    public Episode(String schema, String key, String task, String item, String persona, String condition, String agent,
                   int epoch, String question, String goldAnswer, List<PreferenceWeight> preferences, List<Turn> turns,
                   String response, ErrorInfo error, Scores scores, Map<String, RoleUsage> usage, double costUsd,
                   Timing timing, String learner, Integer round, String inferred, List<String> formatErrors,
                   List<CriterionScore> judgeAudit) {
        this(schema, key, task, item, persona, condition, agent, epoch, question, goldAnswer, preferences, turns,
                response, error, scores, usage, costUsd, timing, learner, round, inferred, formatErrors, judgeAudit,
                null, Map.of(), 0, List.of());
    }

    /** An episode without model diagnostics (no format errors, no judge audit). */
    public Episode(String schema, String key, String task, String item, String persona, String condition, String agent,
                   int epoch, String question, String goldAnswer, List<PreferenceWeight> preferences, List<Turn> turns,
                   String response, ErrorInfo error, Scores scores, Map<String, RoleUsage> usage, double costUsd,
                   Timing timing, String learner, Integer round, String inferred) {
        this(schema, key, task, item, persona, condition, agent, epoch, question, goldAnswer, preferences, turns,
                response, error, scores, usage, costUsd, timing, learner, round, inferred, List.of(), List.of(), null,
                Map.of(), 0, List.of());
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
        return pairKey(task, item, persona);
    }

    /** The pair key of an episode of this task, item and persona. */
    public static String pairKey(String task, String item, String persona) {
        return task + "|" + item + "|" + persona;
    }
}
