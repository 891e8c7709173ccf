package org.attune.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.attune.runners.models.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small endurance check: with a third of the requests faulty, nothing is lost, doubled, or scored differently. */
class EnduranceBenchTest {
    @TempDir
    Path tmp;

    @Test
    void faultsCostNoEpisodeAndChangeNoFigure() {
        RetryPolicy quick = new RetryPolicy(8, 8, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2), 3);
        EnduranceBench.Settings s = new EnduranceBench.Settings(
                new ModelBench.Settings(40, Duration.ZERO, 8, 24, 2), 0.3, Duration.ofMillis(5),
                Duration.ofMillis(300), quick, 11, Duration.ofMillis(500));
        EnduranceBench.Report r = new EnduranceBench(s, tmp).run("discovery");
        StringWriter out = new StringWriter();
        EnduranceBench.print(new PrintWriter(out, true), r);
        assertThat(r.passed()).as(out.toString()).isTrue();
        assertThat(r.planned()).isEqualTo(40);
        assertThat(r.keys()).isEqualTo(40);
        assertThat(r.duplicates()).isZero();
        assertThat(r.injected().values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(50);
        assertThat(r.faultsSeen()).isGreaterThanOrEqualTo(r.injected().values().stream().mapToLong(Long::longValue).sum());
        assertThat(r.compared()).isEqualTo(40 - r.errors());
        assertThat(r.faulty()).isEqualTo(r.clean());
        assertThat(r.heap().peakUsed()).isPositive();
        assertThat(r.heap().live()).hasSizeGreaterThanOrEqualTo(2); // at the start and after the run
        assertThat(out.toString()).contains("0 lost, 0 duplicated", "PASSED");
    }
}
