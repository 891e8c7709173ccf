package org.attune.reports.internal;

import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.attune.api.Turn;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Timing;

/** Small hand-made episodes for tests that need exact figures. */
final class Fixtures {
    private Fixtures() {
    }

    static final List<PreferenceWeight> PREFS = List.of(
            new PreferenceWeight("layout", "bullets", 0.6), new PreferenceWeight("word-budget", "brief", 0.4));

    static Episode scored(String item, String persona, String condition, String agent, double alignment,
                          List<Turn> turns) {
        Integer questions = condition.equals("discovery") ? (int) turns.stream()
                .filter(t -> t.role().equals(Turn.AGENT)).count() : null;
        Scores s = new Scores(alignment, List.of(
                new CriterionScore("layout", alignment, CriterionScore.RULES, "checked"),
                new CriterionScore("word-budget", alignment, CriterionScore.RULES, "checked")),
                true, "4", null, 3, 0.2, "edited text", false, questions, null, null);
        return new Episode(Episode.SCHEMA, Episode.key("t", item, persona, condition, agent, 1), "t", item, persona,
                condition, agent, 1, "What is 2+2?", "4", PREFS, turns, "It is 4.", null, s,
                Map.of("agent", new RoleUsage(1, 100, 20)), 0.001, new Timing("2026-11-24T08:00:00Z", 1500),
                null, null, null);
    }

    static Episode errored(String item, String persona, String condition, String agent) {
        return new Episode(Episode.SCHEMA, Episode.key("t", item, persona, condition, agent, 1), "t", item, persona,
                condition, agent, 1, "What is 2+2?", "4", PREFS, List.of(), null,
                new ErrorInfo("timeout", "no reply"), null, Map.of(), 0, new Timing("2026-11-24T08:00:00Z", 60000),
                null, null, null);
    }
}
