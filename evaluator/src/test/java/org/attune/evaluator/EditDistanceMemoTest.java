package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A remembered measure is the one measuring afresh gives, for the same texts and for equal copies. */
class EditDistanceMemoTest {
    private static final String[] WORDS = {"the", "answer", "is", "42", "don't", "×", "’s", "é", "we", "add", ".", "\n"};

    @Test
    void rememberedMeasuresAreFreshMeasures() {
        Random r = new Random(18);
        for (int i = 0; i < 2000; i++) {
            String a = text(r);
            String b = r.nextInt(4) == 0 ? a : text(r);
            EditDistance.Measure fresh = EditDistance.measureNow(a, b);
            assertThat(EditDistance.measure(a, b)).isEqualTo(fresh);
            assertThat(EditDistance.measure(new String(a), new String(b))).isEqualTo(fresh);
            assertThat(EditDistance.measure(b, a)).isEqualTo(EditDistance.measureNow(b, a));
        }
        assertThat(EditDistance.measure(null, "a b")).isEqualTo(EditDistance.measureNow(null, "a b"));
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(12); k > 0; k--) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString();
    }
}
