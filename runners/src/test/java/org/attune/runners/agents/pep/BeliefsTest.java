package org.attune.runners.agents.pep;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.personas.PreferenceSampler;
import org.junit.jupiter.api.Test;

class BeliefsTest {
    private final PopulationPriors priors = PopulationPriorsTest.twoKinds();

    @Test
    void anAnswerUpdatesEveryOtherAttribute() {
        Beliefs b = new Beliefs(priors);
        int jargon = priors.indexOf("jargon");
        int example = priors.indexOf("worked-example");
        int rigor = priors.indexOf("rigor");
        double before = b.p(example);
        b.observe(jargon, "plain");
        assertThat(b.p(jargon)).isEqualTo(1.0);
        assertThat(b.p(example)).isGreaterThan(before).isGreaterThan(0.9);
        assertThat(b.p(rigor)).isLessThan(0.1);
        assertThat(b.likelyValue(example)).isEqualTo("5");
        assertThat(b.revealed()).containsEntry("jargon", "plain");
    }

    @Test
    void noPreferenceIsEvidenceToo() {
        Beliefs b = new Beliefs(priors);
        int example = priors.indexOf("worked-example");
        b.observe(example, null);
        assertThat(b.p(example)).isZero();
        assertThat(b.p(priors.indexOf("rigor"))).isGreaterThan(0.9);
        assertThat(b.revealed()).isEmpty();
    }

    @Test
    void theMostInformativeQuestionSplitsThePopulation() {
        Beliefs b = new Beliefs(priors);
        int example = priors.indexOf("worked-example");
        int humor = priors.indexOf("humor");
        int jargon = priors.indexOf("jargon");
        // worked-example is active for half the population and tells which half: the largest gain
        assertThat(b.expectedGain(example)).isGreaterThan(b.expectedGain(humor));
        assertThat(b.expectedGain(jargon)).isPositive();
        int best = 0;
        for (int a = 1; a < priors.size(); a++) {
            best = b.expectedGain(a) > b.expectedGain(best) ? a : best;
        }
        assertThat(QuestionStrategy.INFORMATION_GAIN.choose(b, new PreferenceSampler.SplitMix64(1), 1))
                .containsExactly(best);
        double rigorBefore = b.expectedGain(priors.indexOf("rigor"));
        b.observe(example, "5");
        assertThat(b.expectedGain(priors.indexOf("rigor"))).isLessThan(rigorBefore / 2); // little left to learn
        assertThat(b.expectedGain(example)).isZero(); // known: nothing to gain
    }

    @Test
    void entropyIsInBits() {
        assertThat(Beliefs.entropy(0.5)).isEqualTo(1.0);
        assertThat(Beliefs.entropy(0)).isZero();
        assertThat(Beliefs.entropy(1)).isZero();
    }
}
