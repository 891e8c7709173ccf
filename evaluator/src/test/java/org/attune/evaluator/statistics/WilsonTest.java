package org.attune.evaluator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.attune.evaluator.Interval;
import org.junit.jupiter.api.Test;

class WilsonTest {

    @Test
    void zeroOfTenHasAnExactZeroLowerEnd() {
        // closed form at x = 0: hi = z^2 / (n + z^2) = 3.841459 / 13.841459
        Interval w = Wilson.interval(0, 10);
        double z2 = 1.959963984540054 * 1.959963984540054;
        assertThat(w.mean()).isZero();
        assertThat(w.lo()).isZero();
        assertThat(w.hi()).isCloseTo(z2 / (10 + z2), within(1e-12)).isCloseTo(0.2775, within(1e-4));
    }

    @Test
    void fiveOfTenIsSymmetricAroundAHalf() {
        // closed form at p = 1/2: 1/2 +- z sqrt(n/4 + z^2/4) / (n + z^2)
        Interval w = Wilson.interval(5, 10);
        double z = 1.959963984540054;
        double half = z * Math.sqrt(2.5 + z * z / 4) / (10 + z * z);
        assertThat(w.mean()).isEqualTo(0.5);
        assertThat(w.lo()).isCloseTo(0.5 - half, within(1e-12)).isCloseTo(0.2366, within(1e-4));
        assertThat(w.hi()).isCloseTo(0.5 + half, within(1e-12)).isCloseTo(0.7634, within(1e-4));
    }

    @Test
    void matchesNewcombe1998ScoreIntervals() {
        // Newcombe, Statistics in Medicine 17:857-872 (1998): the score method without continuity
        // correction on his worked examples, as published to four decimals
        assertEnds(Wilson.interval(81, 263), 0.2553, 0.3662);
        assertEnds(Wilson.interval(15, 148), 0.0624, 0.1605);
        assertEnds(Wilson.interval(0, 20), 0.0, 0.1611);
        assertEnds(Wilson.interval(1, 29), 0.0061, 0.1718);
    }

    @Test
    void allSuccessesMirrorNoSuccesses() {
        Interval none = Wilson.interval(0, 10);
        Interval all = Wilson.interval(10, 10);
        assertThat(all.hi()).isEqualTo(1.0);
        assertThat(all.lo()).isCloseTo(1 - none.hi(), within(1e-12));
    }

    @Test
    void widerAtHigherLevelAndEmptyWithoutTrials() {
        Interval w95 = Wilson.interval(3, 12, 0.95);
        Interval w99 = Wilson.interval(3, 12, 0.99);
        assertThat(w99.lo()).isLessThan(w95.lo());
        assertThat(w99.hi()).isGreaterThan(w95.hi());
        assertThat(Wilson.interval(0, 0)).isEqualTo(Interval.EMPTY);
        assertThatThrownBy(() -> Wilson.interval(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertEnds(Interval w, double lo, double hi) {
        assertThat(w.lo()).isCloseTo(lo, within(5e-5));
        assertThat(w.hi()).isCloseTo(hi, within(5e-5));
    }
}
