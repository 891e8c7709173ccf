package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Remembered splits and conjuncts are what splitting afresh gives, first time and again. */
class ClauseSplitterMemoTest {
    private static final String[] PARTS = {"How long should it be?", "And may I use emoji?", "Great question!",
        "Before I answer,", "do you like tables; also,", "should I add headings and a summary?", "Thanks!",
        "Would you prefer short sentences, or", "plus a diagram?", "Hi there!", "what tone do you want.", "  "};

    @Test
    void rememberedSplitsAreFreshSplits() {
        Random r = new Random(18);
        int clauses = 0;
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                sb.append(PARTS[r.nextInt(PARTS.length)]).append(' ');
            }
            String message = sb.toString();
            List<String> fresh = ClauseSplitter.splitNow(message);
            assertThat(ClauseSplitter.split(message)).isEqualTo(fresh);
            assertThat(ClauseSplitter.split(new String(message))).isEqualTo(fresh);
            for (String c : fresh) {
                assertThat(ClauseSplitter.conjuncts(c)).isEqualTo(ClauseSplitter.conjunctsNow(c));
                clauses++;
            }
        }
        assertThat(clauses).isGreaterThan(1000);
    }
}
