package org.attune.evaluator.correctness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The answer cue is looked for only where the word "answer" stands; the last cue found is the one
 * a plain {@code find} loop over the whole response finds (the oracle below), on real solutions
 * and on generated near misses.
 */
class AnswerCueScanTest {
    private static final String[] PIECES = {"The answer is 42.", "answer: 7", "**Answer:** 3", "ANSWER = 1",
        "the answer to the riddle is 9", "answers", "reanswer is", "Final answer\n**is** 5", "answer__is 2",
        "anſwer is 4", "answer to x.", "answer  would   be 8", "answer", "Answer:answer is 6", "I'd pick (B)",
        "the correct option is C", "_answer is 3", "9answer is 1", "é answer is 2", " ", "\n", "x", ".", "(C)"};

    @Test
    void lastCueEndIsTheLastEndOfAPlainFindLoop() {
        List<String> texts = new ArrayList<>();
        for (JsonNode n : RealData.jsonl("gsm8k_test.jsonl")) {
            texts.add(n.path("answer").asText());
        }
        Random r = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 1 + r.nextInt(8); p > 0; p--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextBoolean() ? " " : "");
            }
            texts.add(sb.toString());
        }
        int found = 0;
        for (Pattern cue : List.of(AnswerExtractor.CUE, AnswerExtractor.CHOICE_CUE)) {
            for (String t : texts) {
                int end = AnswerExtractor.lastCueEnd(cue, t);
                assertThat(end).as("cue end in: %s", t).isEqualTo(plainLastEnd(cue, t));
                found += end >= 0 ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(5000);
    }

    private static int plainLastEnd(Pattern cue, String s) {
        Matcher m = cue.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }
}
