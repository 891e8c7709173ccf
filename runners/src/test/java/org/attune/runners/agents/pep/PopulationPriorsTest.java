package org.attune.runners.agents.pep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts and evidence weights on a small population whose structure is known. */
class PopulationPriorsTest {
    /** Ten "novices" want plain words and worked examples; ten "experts" want jargon and no examples. */
    static PopulationPriors twoKinds() {
        List<PopulationPriors.Draw> draws = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            draws.add(new PopulationPriors.Draw(Map.of("jargon", "plain", "worked-example", "5"),
                    Map.of("jargon", 4, "worked-example", 5)));
            draws.add(new PopulationPriors.Draw(Map.of("jargon", "technical", "rigor", "5"),
                    Map.of("jargon", 2, "rigor", 3)));
        }
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        candidates.put("jargon", List.of("plain", "technical"));
        candidates.put("worked-example", List.of("1", "2", "3", "4", "5"));
        candidates.put("rigor", List.of("1", "2", "3", "4", "5"));
        candidates.put("humor", List.of("1", "2", "3", "4", "5"));
        return PopulationPriors.fit(candidates, draws);
    }

    @Test
    void priorsAreSmoothedShares() {
        PopulationPriors p = twoKinds();
        assertThat(p.prior(p.indexOf("jargon"))).isCloseTo(20.5 / 21, offset(1e-9));
        assertThat(p.prior(p.indexOf("worked-example"))).isCloseTo(10.5 / 21, offset(1e-9));
        assertThat(p.prior(p.indexOf("humor"))).isCloseTo(0.5 / 21, offset(1e-9));
        assertThat(p.meanActive()).isEqualTo(2.0);
        assertThat(p.importance(p.indexOf("jargon"))).isEqualTo(3.0);
    }

    @Test
    void aValueMovesBeliefsTowardsTheAttributesThatComeWithIt() {
        PopulationPriors p = twoKinds();
        int example = p.indexOf("worked-example");
        int rigor = p.indexOf("rigor");
        int jargon = p.indexOf("jargon");
        assertThat(p.logLikelihoodRatio(example, jargon, "plain")).isPositive();
        assertThat(p.logLikelihoodRatio(rigor, jargon, "plain")).isNegative();
        assertThat(p.logLikelihoodRatio(rigor, example, false)).isPositive(); // no examples: more likely an expert
    }

    @Test
    void valuesArePredictedFromTheValuesThatCameWithThem() {
        PopulationPriors p = twoKinds();
        Map<String, Double> s = p.valueScores(p.indexOf("jargon"), Map.of("worked-example", "5"));
        assertThat(s.get("plain")).isGreaterThan(s.get("technical"));
        Map<String, Double> t = p.valueScores(p.indexOf("jargon"), Map.of("rigor", "5"));
        assertThat(t.get("technical")).isGreaterThan(t.get("plain"));
    }
}
