package org.attune.reports.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.attune.evaluator.Episode;
import org.attune.evaluator.Scores;
import org.attune.evaluator.UnscoredCriterion;

/**
 * One episode's page data ({@link EpisodePage.View}) as the JSON object {@code episode.js} draws the
 * page from: data only, no markup, except the HTML {@link MarkdownHtml} makes of the response, each turn
 * and the edited text ({@code responseHtml}, {@code html}, {@code editedHtml}), which the page inserts as
 * is; every other text is set as text. Figures the page prints as Java formats them ({@link Fmt}) are
 * sent as those strings. Nulls, false flags and empty lists are left out. The persona's card is not
 * here: a shard holds each card once ({@link #persona}).
 */
final class EpisodeViewJson {
    private final JsonGenerator json;

    private EpisodeViewJson(JsonGenerator json) {
        this.json = json;
    }

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * {@code v} as the text of one JSON object, exactly as a shard's UTF-8 writer writes it (which
     * escapes what a character writer would not, such as the halves of an emoji).
     */
    static String of(EpisodePage.View v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            write(json, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes {@code v} as one JSON object. */
    static void write(JsonGenerator json, EpisodePage.View v) throws IOException {
        EpisodeViewJson w = new EpisodeViewJson(json);
        json.writeStartObject();
        w.head(v.episode());
        w.scores(v);
        w.usage(v);
        w.preferences(v);
        w.turns(v);
        w.response(v.episode());
        w.criteria(v);
        w.siblings(v);
        json.writeEndObject();
    }

    /** A persona's card as one JSON object; {@code {}} for a persona the library does not know. */
    static void persona(JsonGenerator json, PersonaCard p) throws IOException {
        EpisodeViewJson w = new EpisodeViewJson(json);
        json.writeStartObject();
        if (p.known()) {
            w.text("name", p.name());
            json.writeNumberField("age", p.age());
            w.text("occupation", p.occupation());
            w.text("location", p.location());
            w.text("background", p.background());
            w.text("expertise", String.join(", ", p.expertise()));
            w.text("thinking", p.cognitive());
            w.text("feeling", p.affective());
            json.writeArrayFieldStart("traits");
            for (PersonaCard.Trait t : p.traits()) {
                json.writeStartObject();
                w.text("name", t.name());
                json.writeNumberField("score", t.score());
                w.text("reading", t.reading());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void text(String field, Object value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value.toString());
        }
    }

    private void flag(String field, boolean value) throws IOException {
        if (value) {
            json.writeBooleanField(field, true);
        }
    }

    private void bool(String field, Boolean value) throws IOException {
        if (value != null) {
            json.writeBooleanField(field, value);
        }
    }

    private void head(Episode e) throws IOException {
        text("key", e.key());
        text("item", e.item());
        text("task", e.task());
        text("persona", e.persona());
        text("agent", e.agent());
        text("condition", e.condition());
        json.writeNumberField("epoch", e.epoch());
        if (e.round() != null) {
            json.writeNumberField("round", e.round());
        }
        if (e.error() != null) {
            json.writeObjectFieldStart("error");
            text("kind", e.error().kind());
            text("message", e.error().message());
            json.writeEndObject();
        }
        text("question", e.question());
        text("gold", e.goldAnswer());
        text("cost", Fmt.num(e.costUsd(), 4));
        if (e.timing() != null) {
            json.writeNumberField("ms", e.timing().millis());
            text("started", e.timing().startedAt());
        }
        text("learner", e.learner());
        text("inferred", e.inferred());
    }

    private void scores(EpisodePage.View v) throws IOException {
        Scores s = v.episode().scores();
        if (s == null) {
            return;
        }
        json.writeObjectFieldStart("scores");
        text("alignment", Fmt.num(s.alignment(), 2));
        text("alignmentPct", Fmt.alignmentPct(s.alignment()));
        if (v.genericAlignment() != null && !"generic".equals(v.episode().condition())) {
            text("generic", Fmt.num(v.genericAlignment(), 2));
        }
        bool("worse", v.worse());
        bool("correct", s.correct());
        text("extracted", s.extracted());
        text("reason", s.correctnessReason());
        if (s.editCost() != null) {
            json.writeNumberField("editCost", s.editCost());
            if (s.editCostNormalized() != null) {
                text("editPct", Fmt.pct(s.editCostNormalized(), 0));
            }
            flag("accepted", Boolean.TRUE.equals(s.accepted()));
        }
        if (s.questions() != null) {
            json.writeNumberField("questions", s.questions());
            text("recall", Fmt.pct(s.recall(), 0));
            text("precision", Fmt.pct(s.precision(), 0));
        }
        json.writeEndObject();
    }

    private void usage(EpisodePage.View v) throws IOException {
        if (v.usage().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("usage");
        for (EpisodePage.Usage u : v.usage()) {
            json.writeStartObject();
            text("role", u.role());
            json.writeNumberField("calls", u.calls());
            json.writeNumberField("in", u.inputTokens());
            json.writeNumberField("out", u.outputTokens());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void preferences(EpisodePage.View v) throws IOException {
        json.writeArrayFieldStart("prefs");
        for (EpisodePage.Preference p : v.preferences()) {
            json.writeStartObject();
            text("attr", p.attribute());
            text("name", p.name());
            text("value", p.value());
            text("meaning", p.meaning());
            text("weight", Fmt.pct(p.weight(), 0));
            text("status", p.status());
            text("score", Fmt.num(p.score(), 1));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void turns(EpisodePage.View v) throws IOException {
        if (v.turns().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("turns");
        for (EpisodePage.TurnView t : v.turns()) {
            json.writeStartObject();
            text("role", t.role());
            text("text", t.text());
            text("html", MarkdownHtml.render(t.text()));
            text("reasoning", t.reasoning());
            if (!t.matches().isEmpty()) {
                json.writeArrayFieldStart("matches");
                for (EpisodePage.MatchView m : t.matches()) {
                    json.writeStartObject();
                    text("name", m.name());
                    text("similarity", Fmt.num(m.similarity(), 2));
                    flag("active", m.active());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void response(Episode e) throws IOException {
        if (e.response() == null) {
            return;
        }
        text("response", e.response());
        text("responseHtml", MarkdownHtml.render(e.response()));
        text("responseReasoning", e.responseReasoning());
        Scores s = e.scores();
        if (s != null && s.edited() != null) {
            // the page diffs the two texts itself (worddiff.js)
            text("edited", s.edited());
            text("editedHtml", MarkdownHtml.render(s.edited()));
        }
    }

    private void criteria(EpisodePage.View v) throws IOException {
        if (!v.criteria().isEmpty()) {
            json.writeArrayFieldStart("criteria");
            for (EpisodePage.Criterion c : v.criteria()) {
                json.writeStartObject();
                text("name", c.name());
                text("weight", Fmt.pct(c.weight(), 0));
                text("score", Fmt.num(c.score(), 1));
                json.writeNumberField("bar", (c.score() - 1) * 25);
                text("kind", c.kind());
                text("why", c.justification());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        Scores s = v.episode().scores();
        if (s != null && !s.unscored().isEmpty()) {
            json.writeArrayFieldStart("unscored");
            for (UnscoredCriterion u : s.unscored()) {
                json.writeStartObject();
                text("attr", u.attribute());
                text("reason", u.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private void siblings(EpisodePage.View v) throws IOException {
        json.writeArrayFieldStart("siblings");
        for (EpisodePage.Sibling s : v.siblings()) {
            json.writeStartObject();
            text("agent", s.agent());
            text("condition", s.condition());
            json.writeNumberField("epoch", s.epoch());
            if (s.round() != null) {
                json.writeNumberField("round", s.round());
            }
            if (s.errored()) {
                flag("error", true);
            } else {
                text("alignment", Fmt.num(s.alignment(), 2));
            }
            bool("correct", s.correct());
            if (s.current()) {
                flag("current", true);
            } else {
                text("hash", s.hash());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
