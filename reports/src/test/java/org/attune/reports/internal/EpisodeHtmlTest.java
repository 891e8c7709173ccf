package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.api.Match;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Timing;
import org.attune.api.Turn;
import org.attune.evaluator.UnscoredCriterion;
import org.junit.jupiter.api.Test;

class EpisodeHtmlTest {
    private static final String EVIL = "<img src=x onerror=\"alert('x')\">&";
    private static final String ESCAPED = "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;";

    /** Every text field of an episode carries the payload; each shows escaped and none as markup. */
    @Test
    void everyTextOfTheEpisodeIsEscaped() {
        Scores scores = new Scores(3.5, List.of(new CriterionScore("tone", 4, "kind" + EVIL, "why" + EVIL)), true,
                "x" + EVIL, "r" + EVIL, 3, 0.25, "edited " + EVIL, false, 1, 1.0, 0.5,
                List.of(new UnscoredCriterion("u" + EVIL, "reason" + EVIL)));
        Episode e = new Episode(Episode.SCHEMA, "key" + EVIL, "task" + EVIL, "item" + EVIL, "persona" + EVIL,
                "discovery" + EVIL, "agent" + EVIL, 0, "question" + EVIL, "gold" + EVIL,
                List.of(new PreferenceWeight("tone", "value" + EVIL, 1.0)),
                List.of(new Turn("user" + EVIL, "turn " + EVIL, List.of(new Match("tone", 0.9)), "thinking" + EVIL)),
                "response " + EVIL, new ErrorInfo("kind" + EVIL, "message" + EVIL), scores,
                Map.of("agent" + EVIL, new RoleUsage(1, 2, 3)), 0.01, new Timing("at" + EVIL, 5), "learner" + EVIL, 1,
                "inferred" + EVIL, List.of(), List.of(), "because" + EVIL, Map.of(), 0);
        String html = EpisodePage.fragment(e, new EpisodeIndex(List.of(e)), Catalogs.none());
        assertThat(html).doesNotContain("<img", "onerror=\"");
        for (String field : List.of("key", "task", "item", "persona", "discovery", "agent", "question", "gold", "value",
                "user", "turn ", "thinking", "response ", "kind", "message", "at", "learner", "inferred", "because",
                "why", "x", "r", "edited ", "u", "reason")) {
            assertThat(html).as(field).contains(field + ESCAPED);
        }
    }
}
