package org.attune.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.reports.gate.Direction.HIGHER_IS_BETTER;
import static org.attune.reports.gate.Direction.LOWER_IS_BETTER;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    @ParameterizedTest(name = "{0} [{1}, {2}] t={3} strict={4} -> {5}")
    @CsvSource({
        // wholly below -t on the bad side
        "HIGHER_IS_BETTER, -0.5, -0.2, 0.1, false, REGRESSION",
        // straddles -t: only strict fails
        "HIGHER_IS_BETTER, -0.3, -0.05, 0.1, false, DROP_WITHIN_THRESHOLD",
        "HIGHER_IS_BETTER, -0.3, 0.05, 0.1, false, NO_SIGNIFICANT_CHANGE",
        "HIGHER_IS_BETTER, -0.3, -0.05, 0.1, true, REGRESSION",
        // below zero but within the threshold, even strictly: a significant drop that does not fail
        "HIGHER_IS_BETTER, -0.09, -0.01, 0.1, true, DROP_WITHIN_THRESHOLD",
        "HIGHER_IS_BETTER, -0.09, 0.01, 0.1, true, NO_SIGNIFICANT_CHANGE",
        "HIGHER_IS_BETTER, 0.2, 0.4, 0.1, false, IMPROVEMENT",
        "HIGHER_IS_BETTER, 0.05, 0.4, 0.1, false, GAIN_WITHIN_THRESHOLD",
        "HIGHER_IS_BETTER, -0.05, 0.4, 0.1, false, NO_SIGNIFICANT_CHANGE",
        "HIGHER_IS_BETTER, 0, 0, 0, true, NO_SIGNIFICANT_CHANGE",
        // lower is better: a rise is the bad side
        "LOWER_IS_BETTER, 0.2, 0.5, 0.1, false, REGRESSION",
        "LOWER_IS_BETTER, 0.05, 0.3, 0.1, false, DROP_WITHIN_THRESHOLD",
        "LOWER_IS_BETTER, -0.05, 0.3, 0.1, false, NO_SIGNIFICANT_CHANGE",
        "LOWER_IS_BETTER, -0.08, -0.02, 0.1, false, GAIN_WITHIN_THRESHOLD",
        "LOWER_IS_BETTER, 0.05, 0.3, 0.1, true, REGRESSION",
        "LOWER_IS_BETTER, -0.5, -0.2, 0.1, false, IMPROVEMENT",
        "LOWER_IS_BETTER, -0.5, -0.2, 0.1, true, IMPROVEMENT",
    })
    void decidesFromTheIntervalTheThresholdAndTheDirection(Direction d, double lo, double hi, double t,
            boolean strict, Verdict expected) {
        assertThat(Verdict.decide(d, lo, hi, t, strict)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-0.1, -0.1", "0.1, 0.1"})
    void anIntervalExactlyOnTheThresholdIsNotBeyondIt(double lo, double hi) {
        Verdict higher = Verdict.decide(HIGHER_IS_BETTER, lo, hi, 0.1, true);
        Verdict lower = Verdict.decide(LOWER_IS_BETTER, lo, hi, 0.1, true);
        assertThat(java.util.List.of(higher, lower)).doesNotContain(Verdict.REGRESSION, Verdict.IMPROVEMENT)
                .containsExactlyInAnyOrder(Verdict.DROP_WITHIN_THRESHOLD, Verdict.GAIN_WITHIN_THRESHOLD);
    }
}
