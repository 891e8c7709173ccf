package org.attune.runners.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attune.api.InferredPreferences;
import org.junit.jupiter.api.Test;

class MajorityAggregatorTest {
    static InferredPreferences p(String... pairs) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String s : pairs) {
            m.put(s.split("=")[0], s.split("=")[1]);
        }
        return InferredPreferences.of(m);
    }

    final MajorityAggregator majority = new MajorityAggregator();

    @Test
    void keepsWhatMoreThanHalfHold() {
        InferredPreferences out = majority.aggregate(null, List.of(
                p("layout=bullets", "emoji=none"), p("layout=bullets"), p("layout=prose", "emoji=none"),
                p("layout=bullets", "headings=use"), p("word-budget=brief")));
        assertThat(out.values()).isEqualTo(Map.of("layout", "bullets"));
    }

    @Test
    void oneBeliefIsKeptWholeAndTwoMustAgree() {
        assertThat(majority.aggregate(null, List.of(p("layout=bullets", "emoji=none"))).values())
                .containsOnlyKeys("layout", "emoji");
        assertThat(majority.aggregate(null, List.of(p("layout=bullets", "emoji=none"), p("layout=bullets"))).values())
                .isEqualTo(Map.of("layout", "bullets"));
    }

    @Test
    void splitVotesWithoutAMajorityKeepNothing() {
        // 3 of 4 hold layout, split 2 (bullets, seen first) to 1; bullets has only 2 of 4: not a majority
        InferredPreferences out = majority.aggregate(null, List.of(p("layout=bullets"), p("layout=prose"),
                p("layout=bullets"), p("emoji=none")));
        assertThat(out.values()).isEmpty();
    }
}
