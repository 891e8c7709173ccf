package org.attune.runners.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What normalization leaves alone: fences and colons that are content, JSON replies' first lines. */
class ReplyNormalizerTest {
    private static NormalizedReply text(String s) {
        return ReplyNormalizer.normalize(new ChatReply(s, 0, 0), ReplyShape.TEXT);
    }

    @Test
    void aFenceInsideAResponseIsContent() {
        String answer = "Run this:\n\n```python\nprint(6 * 8)\n```\n\nThe answer is 48.";
        assertThat(text(answer).text()).isEqualTo(answer);
        assertThat(text(answer).applied()).isEmpty();
        String twoBlocks = "```\na = 6\n```\nthen\n```\nb = 8\n```";
        assertThat(text(twoBlocks).text()).isEqualTo(twoBlocks);
    }

    @Test
    void aFirstLineThatIsContentStays() {
        String steps = "Steps:\n1. Multiply 6 by 8.\n2. The answer is 48.";
        assertThat(text(steps).text()).isEqualTo(steps);
        String oneLine = "Here is the answer: 48.";
        assertThat(text(oneLine).text()).isEqualTo(oneLine);
    }

    @Test
    void onlyPlainTextRepliesLoseAnAnnouncingLine() {
        String reply = "Here is the JSON you asked for:\n{\"score\": 4}";
        assertThat(ReplyNormalizer.normalize(new ChatReply(reply, 0, 0), ReplyShape.JSON).text()).isEqualTo(reply);
        assertThat(text("Here's the revised version:\nThe answer is 48.").text()).isEqualTo("The answer is 48.");
    }

    @Test
    void reasoningCutOffBeforeAnyAnswerLeavesNothingToRead() {
        NormalizedReply r = text("<think>\nLet me count the rolls: 6 trays times");
        assertThat(r.text()).isEmpty();
        assertThat(r.reasoning()).isEqualTo("Let me count the rolls: 6 trays times");
        assertThat(r.applied()).containsExactly(ReplyNormalizer.REASONING);
    }

    /**
     * gpt-oss served without a Harmony parser (llama.cpp builds, mlx_lm.server, text-generation-webui) puts its
     * channels in the content: the analysis channel is reasoning, the final channel is the answer.
     */
    @Test
    void harmonyChannelsSplitIntoReasoningAndTheFinalAnswer() {
        NormalizedReply r = text("<|channel|>analysis<|message|>User asks 16-3-4 eggs times 2. Compute 18.<|end|>"
                + "<|start|>assistant<|channel|>final<|message|>She makes **$18** a day.<|return|>");
        assertThat(r.text()).isEqualTo("She makes **$18** a day.");
        assertThat(r.reasoning()).isEqualTo("User asks 16-3-4 eggs times 2. Compute 18.");
        assertThat(r.applied()).containsExactly(ReplyNormalizer.REASONING);
        NormalizedReply cut = text("<|channel|>analysis<|message|>We need to weigh the options; A is");
        assertThat(cut.text()).as("cut off in the analysis: nothing answered").isEmpty();
        assertThat(cut.reasoning()).isEqualTo("We need to weigh the options; A is");
        assertThat(text("Tokens such as <|channel|> are content when no channel opens.").text())
                .isEqualTo("Tokens such as <|channel|> are content when no channel opens.");
    }
}
