package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.attune.api.InferredPreferences;
import org.junit.jupiter.api.Test;

class InferredPreferencesTest {

    @Test
    void formatsPairsInAttributeOrderAndReadsThemBack() {
        InferredPreferences p = new InferredPreferences(Map.of("word-budget", "brief", "layout", "bullets"),
                "Keep it short;\nuse bullets.");
        String text = p.format();
        assertThat(text).isEqualTo("layout=bullets; word-budget=brief\nKeep it short;\nuse bullets.");
        assertThat(InferredPreferences.parse(text)).isEqualTo(p);
    }

    @Test
    void emptyBeliefIsTheEmptyStringAndNullReadsAsNothing() {
        assertThat(InferredPreferences.NONE.format()).isEmpty();
        assertThat(InferredPreferences.parse(null)).isEqualTo(InferredPreferences.NONE);
        assertThat(InferredPreferences.parse("")).isEqualTo(InferredPreferences.NONE);
        InferredPreferences onlyWords = InferredPreferences.parse("\nShe wants warmth.");
        assertThat(onlyWords.values()).isEmpty();
        assertThat(onlyWords.description()).isEqualTo("She wants warmth.");
    }

    @Test
    void malformedPairsAreSkipped() {
        assertThat(InferredPreferences.parse("layout=bullets; junk; =x; emoji=").values())
                .containsExactly(Map.entry("layout", "bullets"));
    }
}
