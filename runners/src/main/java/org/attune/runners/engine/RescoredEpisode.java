package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.Scores;
import org.attune.runners.models.ModelLedger;
import org.attune.runners.models.PriceTable;
import org.attune.runners.models.internal.Provider;

/**
 * An episode line after re-scoring: the play (turns, response, the agent's and user's usage and
 * format errors, timing) is kept; scores, error, judge audit and the judge's and editor's usage and
 * cost are the new ones.
 */
final class RescoredEpisode {
    /** The usage roles of scoring: the judge (criteria and correctness) and the editor. */
    static final Set<String> SCORING_ROLES = Set.of("judge", "editor");

    private RescoredEpisode() {
    }

    /**
     * @param oldJudge  the judge spec the episode was scored with, to price its recorded usage
     * @param oldEditor the editor spec the episode was scored with
     */
    static Episode of(Episode old, Scores scores, ErrorInfo error, ModelLedger.Sheet sheet, String oldJudge,
                      String oldEditor, PriceTable prices) {
        Map<String, RoleUsage> usage = new TreeMap<>();
        old.usage().forEach((role, u) -> {
            if (!SCORING_ROLES.contains(role)) {
                usage.put(role, u);
            }
        });
        sheet.usage().forEach((role, u) -> usage.merge(role, u, RoleUsage::plus));
        double oldScoring = cost(old.usage().get("judge"), oldJudge, prices)
                + cost(old.usage().get("editor"), oldEditor, prices);
        double costUsd = Math.max(0, old.costUsd() - oldScoring) + sheet.costUsd();
        List<String> formatErrors = new ArrayList<>();
        for (String f : old.formatErrors()) {
            if (SCORING_ROLES.stream().noneMatch(r -> f.startsWith(r + ":"))) {
                formatErrors.add(f);
            }
        }
        formatErrors.addAll(sheet.formatErrors());
        Map<String, Map<String, Integer>> normalizations = new TreeMap<>();
        old.normalizations().forEach((role, m) -> {
            if (!SCORING_ROLES.contains(role)) {
                normalizations.put(role, m);
            }
        });
        normalizations.putAll(sheet.normalizations());
        return new Episode(old.schema(), old.key(), old.task(), old.item(), old.persona(), old.condition(), old.agent(),
                old.epoch(), old.question(), old.goldAnswer(), old.preferences(), old.turns(), old.response(), error,
                scores, usage, costUsd, old.timing(), old.learner(), old.round(), old.inferred(), formatErrors,
                sheet.judgeAudit(), old.responseReasoning(), normalizations, sheet.unpricedCalls(), old.predictedProfile());
    }

    /** What a role's recorded calls cost by the price of the model its spec names (0 for built-ins). */
    static double cost(RoleUsage u, String spec, PriceTable prices) {
        Provider p = spec == null ? null : Provider.of(spec);
        if (u == null || p == null) {
            return 0;
        }
        String model = spec.substring(spec.indexOf(':') + 1);
        int at = model.indexOf("@http");
        return prices.cost(p.id(), at > 0 ? model.substring(0, at) : model, u.inputTokens(), u.outputTokens());
    }
}
