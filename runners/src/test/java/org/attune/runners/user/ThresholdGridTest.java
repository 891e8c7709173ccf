package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdGridTest {

    private static Map<Double, Double> curve(double... accuracies) {
        Map<Double, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < accuracies.length; i++) {
            m.put(0.1 * (i + 1), accuracies[i]);
        }
        return m;
    }

    @Test
    void picksTheTopOfTheLongestPlateauOfTheBestAccuracy() {
        assertThat(ThresholdGrid.topOfBestRun(curve(0.5, 0.9, 0.8, 0.9, 0.9, 0.9, 0.7))).isEqualTo(0.6000000000000001);
    }

    @Test
    void takesTheFirstOfEqualRuns() {
        assertThat(ThresholdGrid.topOfBestRun(curve(0.9, 0.9, 0.1, 0.9, 0.9))).isEqualTo(0.2);
        assertThat(ThresholdGrid.topOfBestRun(curve(0.2, 0.3, 0.4))).isEqualTo(0.30000000000000004);
    }

    @Test
    void handlesARunThatReachesTheEndOfTheGrid() {
        assertThat(ThresholdGrid.topOfBestRun(curve(0.1, 0.2, 0.6, 0.6, 0.6))).isEqualTo(0.5);
    }
}
