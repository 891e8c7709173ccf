package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.api.CriterionScore;
import org.attune.api.Match;
import org.attune.api.Turn;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Timing;
import org.attune.evaluator.UnscoredCriterion;
import org.junit.jupiter.api.Test;

public class EpisodeViewJsonTest {
    public static final String EVIL = "<img src=x onerror=\"alert('x')\">&";
    private static final Set<String> MARKDOWN = Set.of("html", "responseHtml", "editedHtml");

    /** An episode with the payload in every text field the page shows. */
    public static Episode hostile() {
        Scores scores = new Scores(3.5, List.of(new CriterionScore("tone", 4, "kind" + EVIL, "why" + EVIL)), true,
                "x" + EVIL, "r" + EVIL, 3, 0.25, "edited " + EVIL, false, 1, 1.0, 0.5,
                List.of(new UnscoredCriterion("u" + EVIL, "reason" + EVIL)));
        return new Episode(Episode.SCHEMA, "key" + EVIL, "task" + EVIL, "item" + EVIL, "persona" + EVIL,
                "discovery" + EVIL, "agent" + EVIL, 0, "question" + EVIL, "gold" + EVIL,
                List.of(new PreferenceWeight("tone", "value" + EVIL, 1.0)),
                List.of(new Turn("user" + EVIL, "turn " + EVIL, List.of(new Match("tone", 0.9)), "thinking" + EVIL)),
                "response " + EVIL, new ErrorInfo("kind" + EVIL, "message" + EVIL), scores,
                Map.of("agent" + EVIL, new RoleUsage(1, 2, 3)), 0.01, new Timing("at" + EVIL, 5), "learner" + EVIL, 1,
                "inferred" + EVIL, List.of(), List.of(), "because" + EVIL, Map.of(), 0);
    }

    private static JsonNode view(Episode e) throws Exception {
        return new ObjectMapper().readTree(EpisodeViewJson.of(EpisodePage.view(e, new EpisodeIndex(List.of(e)),
                Catalogs.none())));
    }

    /** Every text of the episode is in its field as the text itself: data, never escaped or wrapped in markup. */
    @Test
    void everyTextOfTheEpisodeIsCarriedAsDataUnderItsName() throws Exception {
        JsonNode v = view(hostile());
        Map<String, String> expected = Map.ofEntries(Map.entry("/key", "key"), Map.entry("/task", "task"),
                Map.entry("/item", "item"), Map.entry("/persona", "persona"), Map.entry("/condition", "discovery"),
                Map.entry("/agent", "agent"), Map.entry("/question", "question"), Map.entry("/gold", "gold"),
                Map.entry("/prefs/0/value", "value"), Map.entry("/turns/0/role", "user"),
                Map.entry("/turns/0/text", "turn "), Map.entry("/turns/0/reasoning", "thinking"),
                Map.entry("/response", "response "), Map.entry("/error/kind", "kind"),
                Map.entry("/error/message", "message"), Map.entry("/started", "at"), Map.entry("/learner", "learner"),
                Map.entry("/inferred", "inferred"), Map.entry("/responseReasoning", "because"),
                Map.entry("/criteria/0/kind", "kind"), Map.entry("/criteria/0/why", "why"),
                Map.entry("/scores/extracted", "x"), Map.entry("/scores/reason", "r"), Map.entry("/edited", "edited "),
                Map.entry("/unscored/0/attr", "u"), Map.entry("/unscored/0/reason", "reason"),
                Map.entry("/usage/0/role", "agent"), Map.entry("/siblings/0/agent", "agent"));
        expected.forEach((path, prefix) -> assertThat(v.at(path).asText()).as(path).isEqualTo(prefix + EVIL));
        assertThat(v.at("/round").asInt()).isEqualTo(1);
        assertThat(v.at("/siblings/0/current").asBoolean()).isTrue();
        assertThat(v.at("/scores/alignment").asText()).isEqualTo("3.50");
        assertThat(v.at("/scores/alignmentPct").asText()).isEqualTo("63%");
        assertThat(v.at("/scores/editPct").asText()).isEqualTo("25%");
        assertThat(v.at("/cost").asText()).isEqualTo("0.0100");
        assertThat(v.at("/turns/0/matches/0/similarity").asText()).isEqualTo("0.90");
        assertThat(v.at("/criteria/0/bar").asDouble()).isEqualTo(75.0);
    }

    /** Only the Markdown HTML made by MarkdownHtml is markup; no other value holds a tag or an entity Java made. */
    @Test
    void theOnlyMarkupIsMarkdownHtmlOfTheTextsBesideIt() throws Exception {
        JsonNode v = view(hostile());
        assertThat(v.get("responseHtml").asText()).isEqualTo(MarkdownHtml.render(v.get("response").asText()));
        assertThat(v.at("/turns/0/html").asText()).isEqualTo(MarkdownHtml.render(v.at("/turns/0/text").asText()));
        assertThat(v.get("editedHtml").asText()).isEqualTo(MarkdownHtml.render(v.get("edited").asText()));
        assertThat(v.get("responseHtml").asText()).contains("&lt;img").doesNotContain("<img");
        List<String> texts = new ArrayList<>();
        strings(v, "", texts);
        assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(t)
                .doesNotContain("&lt;", "&amp;", "&quot;", "&#39;", "class=\"", "<span", "<p", "<td", "<a ", "<strong",
                        "<div"));
    }

    @Test
    void nullsAndFalseFlagsAreLeftOut() throws Exception {
        Episode e = new Episode(Episode.SCHEMA, "k", "t", "i", "p", "generic", "a", 1, "q", null, List.of(), List.of(),
                null, null, null, null, 0, null, null, null, null);
        JsonNode v = view(e);
        assertThat(v.has("gold")).isFalse();
        assertThat(v.has("response")).isFalse();
        assertThat(v.has("scores")).isFalse();
        assertThat(v.has("turns")).isFalse();
        assertThat(v.has("round")).isFalse();
        assertThat(v.at("/siblings/0").has("error")).isFalse();
        assertThat(v.at("/epoch").asInt()).isEqualTo(1);
    }

    private static void strings(JsonNode n, String field, List<String> out) {
        if (n.isTextual() && !MARKDOWN.contains(field)) {
            out.add(n.asText());
        }
        n.fields().forEachRemaining(f -> strings(f.getValue(), f.getKey(), out));
        if (n.isArray()) {
            n.forEach(c -> strings(c, field, out));
        }
    }
}
