package org.attune.evaluator.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.attune.evaluator.Interval;
import org.attune.evaluator.statistics.Bootstrap.Method;
import org.junit.jupiter.api.Test;

class PairedTest {

    private static String cluster(String key) {
        return key.substring(0, key.lastIndexOf('|'));
    }

    @Test
    void pairsOnlyKeysDefinedOnBothSidesAndGroupsThemByCluster() {
        Map<String, Double> b = new HashMap<>();
        Map<String, Double> c = new HashMap<>();
        b.put("t|i1|p|0", 3.0);
        b.put("t|i1|p|1", 4.0);
        b.put("t|i2|p|0", 2.0);
        b.put("t|i3|p|0", 5.0); // missing from the candidate
        b.put("t|i4|p|0", null); // undefined on one side
        c.put("t|i1|p|0", 3.5);
        c.put("t|i1|p|1", 4.5);
        c.put("t|i2|p|0", 1.0);
        c.put("t|i4|p|0", 2.0);
        Paired p = Paired.of(b, c, PairedTest::cluster);
        assertThat(p.clusters()).containsExactly("t|i1|p", "t|i2|p");
        assertThat(p.pairs()).isEqualTo(3);
        assertThat(p.differences().get(0)).containsExactly(0.5, 0.5);
        assertThat(p.differences().get(1)).containsExactly(-1.0);
        int[] all = {1, 1};
        // (0.5 + 0.5 - 1) / 3 pooled over pairs, not the mean of cluster means
        assertThat(p.meanDifference().of(all)).isCloseTo(0, within(1e-15));
        assertThat(p.candidateMean().of(all) - p.baselineMean().of(all)).isCloseTo(0, within(1e-15));
        assertThat(p.meanDifference().of(new int[] {2, 0})).isEqualTo(0.5);
    }

    @Test
    void identicalSidesGiveAZeroWidthIntervalAtZero() {
        Map<String, Double> v = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            v.put("t|i" + i + "|p|0", 1.0 + (i % 5));
        }
        Paired p = Paired.of(v, v, PairedTest::cluster);
        for (Method m : Method.values()) {
            assertThat(p.meanDifference(m, 2000, 1, 0.95)).isEqualTo(new Interval(0.0, 0.0, 0.0));
        }
    }

    @Test
    void aConstantShiftIsRecoveredExactly() {
        Map<String, Double> b = new HashMap<>();
        Map<String, Double> c = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            double base = 1 + (i * 7 % 5);
            b.put("t|i" + i + "|p|0", base);
            c.put("t|i" + i + "|p|0", base - 0.75);
        }
        Interval d = Paired.of(b, c, PairedTest::cluster).meanDifference(Method.BCA, 2000, 4, 0.95);
        assertThat(d.mean()).isCloseTo(-0.75, within(1e-12));
        assertThat(d.lo()).isCloseTo(-0.75, within(1e-12));
        assertThat(d.hi()).isCloseTo(-0.75, within(1e-12));
    }

    @Test
    void pairingRemovesBetweenClusterSpreadFromTheInterval() {
        // clusters differ widely in level, the candidate adds a small noisy gain: the paired
        // interval is much narrower than the spread of either side would suggest
        Map<String, Double> b = new HashMap<>();
        Map<String, Double> c = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            double level = 1 + 4 * ((i * 37) % 50) / 50.0;
            b.put("t|i" + i + "|p|0", level);
            c.put("t|i" + i + "|p|0", level + 0.2 + ((i % 3) - 1) * 0.05);
        }
        Paired p = Paired.of(b, c, PairedTest::cluster);
        Interval d = p.meanDifference(Method.PERCENTILE, 4000, 2, 0.95);
        assertThat(d.mean()).isCloseTo(0.2, within(0.01));
        assertThat(d.lo()).isGreaterThan(0.18);
        assertThat(d.hi()).isLessThan(0.22);
    }
}
