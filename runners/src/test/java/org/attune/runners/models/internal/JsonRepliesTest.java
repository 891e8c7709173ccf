package org.attune.runners.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class JsonRepliesTest {
    static final Predicate<JsonNode> HAS_SCORE = n -> n.has("score");

    @Test
    void takesTheLastValidObjectWithTheExpectedShape() {
        String reply = "First thought: {\"score\": 2}. On reflection:\n```json\n{\"score\": 5, \"justification\": \"ok\"}\n```";
        assertThat(JsonReplies.lastObject(reply, HAS_SCORE).get("score").asInt()).isEqualTo(5);
    }

    @Test
    void skipsObjectsOfAnotherShapeAndBrokenOnes() {
        String reply = "{\"score\": 3} then {\"note\": \"x\"} and a broken {\"score\": 4,";
        assertThat(JsonReplies.lastObject(reply, HAS_SCORE).get("score").asInt()).isEqualTo(3);
    }

    @Test
    void prefersTheEnclosingObjectOverOneNestedInIt() {
        String reply = "{\"score\": 4, \"detail\": {\"score\": 1}}";
        JsonNode n = JsonReplies.lastObject(reply, HAS_SCORE);
        assertThat(n.get("score").asInt()).isEqualTo(4);
        assertThat(n.has("detail")).isTrue();
    }

    @Test
    void forgivesCommonSlips() {
        assertThat(JsonReplies.lastObject("{'score': 4,}", HAS_SCORE).get("score").asInt()).isEqualTo(4);
        JsonNode n = JsonReplies.lastObject("{\"reply\": \"line one\nline two\"}", x -> x.has("reply"));
        assertThat(n.get("reply").asText()).isEqualTo("line one\nline two");
    }

    /**
     * Models annotate fields with comments despite the prompt: {@code //} from Llama (MorpheusAIs/Lite-Client
     * PR 15), {@code //} and {@code #} from gpt-4-1106-preview and GLM-4 (MetaGPT issues 733 and 799).
     */
    @Test
    void readsAnObjectWithCommentsInIt() {
        String judge = "```json\n{\n  \"score\": 4, // mostly fits\n  \"justification\": \"Short; see https://x.org/a\"\n}\n```";
        JsonNode n = JsonReplies.lastObject(judge, HAS_SCORE);
        assertThat(n.get("score").asInt()).isEqualTo(4);
        assertThat(n.get("justification").asText()).isEqualTo("Short; see https://x.org/a");
        assertThat(JsonReplies.lastObject("{\"score\": 3, /* strict */ \"justification\": \"ok\"}", HAS_SCORE)
                .get("score").asInt()).isEqualTo(3);
        assertThat(JsonReplies.lastObject("{\n  \"score\": 2,  # too long\n  \"justification\": \"#1 issue: length\"\n}", HAS_SCORE)
                .get("justification").asText()).isEqualTo("#1 issue: length");
    }

    @Test
    void findsNothingInPlainTextOrNull() {
        assertThat(JsonReplies.lastObject("just words, no braces", HAS_SCORE)).isNull();
        assertThat(JsonReplies.lastObject(null, HAS_SCORE)).isNull();
        assertThat(JsonReplies.lastObject("{}", HAS_SCORE)).isNull();
    }

    @Test
    void readsOnlyNonBlankTextFields() {
        JsonNode n = JsonReplies.lastObject("{\"a\": \" \", \"b\": 3, \"c\": \"yes\"}", x -> true);
        assertThat(JsonReplies.text(n, "a")).isNull();
        assertThat(JsonReplies.text(n, "b")).isNull();
        assertThat(JsonReplies.text(n, "c")).isEqualTo("yes");
    }
}
