package org.attune.runners.agents.pep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PreferenceSampler;
import org.junit.jupiter.api.Test;

class QuestionStrategyTest {
    private final PopulationPriors priors = PopulationPriorsTest.twoKinds();

    private List<Integer> pick(QuestionStrategy s, long seed, int width) {
        return s.choose(new Beliefs(priors), new PreferenceSampler.SplitMix64(seed), width);
    }

    @Test
    void specsNameTheirStrategy() {
        assertThat(QuestionStrategy.ofSpec("builtin:pep")).isEqualTo(QuestionStrategy.INFORMATION_GAIN);
        assertThat(QuestionStrategy.ofSpec("builtin:pep@expected-value")).isEqualTo(QuestionStrategy.EXPECTED_VALUE);
        assertThat(QuestionStrategy.ofSpec("builtin:pep@RANDOM")).isEqualTo(QuestionStrategy.RANDOM);
        assertThatThrownBy(() -> QuestionStrategy.ofSpec("builtin:pep@greedy")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"greedy\"").hasMessageContaining("uncertainty");
    }

    @Test
    void uncertaintyAsksWhatIsClosestToEvenOdds() {
        assertThat(pick(QuestionStrategy.UNCERTAINTY, 0, 1)).containsExactly(priors.indexOf("worked-example"));
    }

    @Test
    void expectedValueWeighsProbabilityByImportance() {
        // jargon: p 0.98 x importance 3 beats worked-example 0.5 x 5 and rigor 0.5 x 3
        assertThat(pick(QuestionStrategy.EXPECTED_VALUE, 0, 2))
                .containsExactly(priors.indexOf("jargon"), priors.indexOf("worked-example"));
    }

    @Test
    void fixedFollowsThePopulationOrderWhateverWasLearned() {
        Beliefs b = new Beliefs(priors);
        b.observe(priors.indexOf("jargon"), "plain");
        b.markAsked(priors.indexOf("jargon"));
        // after "plain" rigor is unlikely, but the fixed order still asks it next (priors: 0.5 each, ties in order)
        assertThat(QuestionStrategy.FIXED.choose(b, new PreferenceSampler.SplitMix64(0), 2))
                .containsExactly(priors.indexOf("worked-example"), priors.indexOf("rigor"));
    }

    @Test
    void randomIsSeededAndNeverRepeatsWithinAQuestion() {
        assertThat(pick(QuestionStrategy.RANDOM, 3, 3)).isEqualTo(pick(QuestionStrategy.RANDOM, 3, 3))
                .doesNotHaveDuplicates().hasSize(3);
        Set<List<Integer>> seen = new HashSet<>();
        for (long s = 0; s < 20; s++) {
            seen.add(pick(QuestionStrategy.RANDOM, s, 1));
        }
        assertThat(seen).hasSizeGreaterThan(2);
    }

    @Test
    void nothingIsLeftOnceEverythingIsAsked() {
        Beliefs b = new Beliefs(priors);
        for (int a = 0; a < priors.size(); a++) {
            b.markAsked(a);
        }
        for (QuestionStrategy s : QuestionStrategy.values()) {
            assertThat(s.choose(b, new PreferenceSampler.SplitMix64(0), 2)).as(s.id()).isEmpty();
        }
    }
}
