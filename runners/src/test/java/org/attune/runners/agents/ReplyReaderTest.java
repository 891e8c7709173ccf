package org.attune.runners.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attune.api.Attribute;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.Test;

class ReplyReaderTest {
    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private final Attribute layout = catalog.get("layout");
    private final List<Attribute> all = catalog.all();

    @Test
    void aNoPreferenceSentenceAboutAnotherAttributeNeverHidesTheValue() {
        // the shape of the offline user's reply before issue 15: a value, then a stray "no strong preference"
        String reply = "Thanks for asking. I'd like a bulleted list of short points. No strong preference about where the answer goes.";
        assertThat(ReplyReader.value(layout, reply)).isEqualTo("bullets");
        ReplyReader.Reading r = ReplyReader.read(reply, List.of(layout), all);
        assertThat(r.values()).containsExactly(Map.entry("layout", "bullets"));
        assertThat(r.noPreference()).containsExactly("answer-placement");
    }

    @Test
    void readsEveryValueOfAReplyIncludingVolunteeredOnes() {
        Attribute emoji = catalog.get("emoji");
        String reply = "No strong preference about emoji. Also, about layout: numbered steps, one action per step. "
                + "Also, about length: " + catalog.get("word-budget").describe("brief") + ".";
        ReplyReader.Reading r = ReplyReader.read(reply, List.of(emoji), all);
        assertThat(r.values()).containsExactly(Map.entry("layout", "numbered-steps"), Map.entry("word-budget", "brief"));
        assertThat(r.noPreference()).containsExactly("emoji");
    }

    @Test
    void oneSentenceMayStateTwoValues() {
        String reply = "Short, simple sentences, one idea each, and no emoji at all please.";
        ReplyReader.Reading r = ReplyReader.read(reply, List.of(catalog.get("sentence-length")), all);
        assertThat(r.values()).containsEntry("sentence-length", "short").containsEntry("emoji", "none");
    }

    @Test
    void readsNoPreferenceInAModelsOwnWords() {
        Attribute humor = catalog.get("humor");
        assertThat(ReplyReader.read("Honestly, I don't really mind either way.", List.of(humor), all).noPreference())
                .containsExactly("humor");
        assertThat(ReplyReader.value(humor, "Honestly, I don't really mind either way.")).isNull();
    }

    @Test
    void aReasonSentenceDoesNotInventAValueForAnAttributeNobodyAskedAbout() {
        String reply = "For encouragement, I'd say lots of warmth and encouragement. I read on my phone between trips.";
        ReplyReader.Reading r = ReplyReader.read(reply, List.of(catalog.get("encouragement")), all);
        assertThat(r.values()).containsExactly(Map.entry("encouragement", "5"));
    }

    @Test
    void aDeflectionOrAnEmptyReplyRevealsNothing() {
        assertThat(ReplyReader.read("I don't know, that is what I am asking you.", List.of(layout), all).values()).isEmpty();
        assertThat(ReplyReader.read(null, List.of(layout), all).values()).isEmpty();
    }

    @Test
    void findsScaleValuesAndIgnoresNoPreference() {
        Attribute enc = catalog.get("encouragement");
        assertThat(ReplyReader.value(enc, "For encouragement, I'd say " + enc.describe("5") + ".")).isEqualTo("5");
        assertThat(ReplyReader.value(enc, "For encouragement, I'd say " + enc.describe("1") + ".")).isEqualTo("1");
        assertThat(ReplyReader.value(enc, "For encouragement, I'd say " + enc.describe("2") + ".")).isEqualTo("2");
        assertThat(ReplyReader.value(enc, "No strong preference about encouragement.")).isNull();
    }
}
