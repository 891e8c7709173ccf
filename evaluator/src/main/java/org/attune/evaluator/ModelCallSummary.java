package org.attune.evaluator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code summary.json}'s {@code models}: what the run's model replies needed, counted by role. How
 * often replies were normalized before parsing, by kind (reasoning, fence, preamble, ...), the replies
 * that could not be read (format errors), the criteria left unscored, the calls whose model has no
 * price, and the turns and responses that came with reasoning. Null for a run without model roles.
 */
public record ModelCallSummary(Map<String, Map<String, Integer>> normalizations, Map<String, Integer> formatErrors,
                               int unscoredCriteria, int unpricedCalls, int withReasoning) {

    /** The counts over {@code episodes}, or null when none of them has any. */
    public static ModelCallSummary of(List<Episode> episodes) {
        Map<String, Map<String, Integer>> norms = new TreeMap<>();
        Map<String, Integer> errors = new TreeMap<>();
        int unscored = 0;
        int unpriced = 0;
        int reasoning = 0;
        for (Episode e : episodes) {
            e.normalizations().forEach((role, m) -> m.forEach((kind, n) ->
                    norms.computeIfAbsent(role, r -> new TreeMap<>()).merge(kind, n, Integer::sum)));
            for (String f : e.formatErrors()) {
                int colon = f.indexOf(':');
                errors.merge(colon > 0 ? f.substring(0, colon) : f, 1, Integer::sum);
            }
            unscored += e.scores() == null ? 0 : e.scores().unscored().size();
            unpriced += e.unpricedCalls();
            reasoning += e.responseReasoning() == null ? 0 : 1;
            reasoning += (int) e.turns().stream().filter(t -> t.reasoning() != null).count();
        }
        if (norms.isEmpty() && errors.isEmpty() && unscored == 0 && unpriced == 0 && reasoning == 0) {
            return null;
        }
        return new ModelCallSummary(norms, errors, unscored, unpriced, reasoning);
    }
}
