package org.attune.evaluator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void cdfMatchesTabulatedValues() {
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.cdf(-1)).isCloseTo(0.15865525393145707, within(1e-15));
        assertThat(Normal.cdf(1)).isCloseTo(1 - 0.15865525393145707, within(1e-15));
        assertThat(Normal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-15));
        assertThat(Normal.cdf(-3)).isCloseTo(0.0013498980316300957, within(1e-17));
    }

    @Test
    void farTailKeepsRelativePrecision() {
        // 1 - Phi(8) = 6.220960574271819e-16, far below what 1 - cdf(8) could resolve
        assertThat(Normal.cdf(-8)).isCloseTo(6.220960574271819e-16, within(1e-28));
        assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    }

    @Test
    void quantileInvertsTheCdf() {
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-14));
        assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-15));
        assertThat(Normal.quantile(0.001)).isCloseTo(-3.090232306167813, within(1e-13));
        for (double p = 1e-12; p < 1; p = p < 0.01 ? p * 10 : p + 0.01) {
            assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, within(p * 1e-12));
        }
    }

    @Test
    void quantileEndsAreInfiniteAndOutsideIsRejected() {
        assertThat(Normal.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Normal.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> Normal.quantile(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
