package org.attune.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsTest {
    @TempDir
    Path tmp;

    @Test
    void defaultsComeFromTheFamilies() {
        Thresholds t = Thresholds.defaults();
        assertThat(t.forMetric("alignment")).isEqualTo(0.10);
        assertThat(t.forMetric("alignment.discovery")).isEqualTo(0.10);
        assertThat(t.forMetric("normalizedGain.persona")).isEqualTo(0.05);
        assertThat(t.forMetric("worseThanGenericRate.discovery")).isEqualTo(0.05);
        assertThat(t.forMetric("correctness")).isEqualTo(0.02);
        assertThat(t.forMetric("editCostNormalized")).isEqualTo(0.02);
        assertThat(t.forMetric("recall")).isEqualTo(0.05);
    }

    @Test
    void aFileSetsFamiliesAndSingleMetricsAndOptionsOverrideIt() throws IOException {
        Path f = Files.writeString(tmp.resolve("thresholds.yaml"), """
                # looser on alignment, strict on oracle alignment
                alignment: 0.2
                alignment.oracle: 0.05
                correctness: 0
                """);
        Thresholds t = Thresholds.load(f);
        assertThat(t.forMetric("alignment.discovery")).isEqualTo(0.2);
        assertThat(t.forMetric("alignment.oracle")).isEqualTo(0.05);
        assertThat(t.forMetric("correctness")).isZero();
        assertThat(t.forMetric("recall")).isEqualTo(0.05);
        Thresholds o = t.overriddenBy(Map.of("alignment", 0.3));
        assertThat(o.forMetric("alignment")).isEqualTo(0.3);
        assertThat(o.forMetric("alignment.oracle")).isEqualTo(0.05); // the specific entry still wins
    }

    @Test
    void everyBadEntryIsNamed() throws IOException {
        Path f = Files.writeString(tmp.resolve("bad.yaml"), """
                alignmnet: 0.1
                recall: -0.5
                correctness: lots
                """);
        assertThatThrownBy(() -> Thresholds.load(f)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).containsExactly(
                        f + ": alignmnet: unknown metric (known: alignment, normalizedGain, worseThanGenericRate, "
                                + "correctness, editCostNormalized, recall, optionally followed by .CONDITION);"
                                + " did you mean \"alignment\"?",
                        f + ": recall: must be a non-negative number, was -0.5",
                        f + ": correctness: expected a number, was \"lots\""));
    }

    @Test
    void aMissingOrNonMappingFileIsAnInputError() throws IOException {
        assertThatThrownBy(() -> Thresholds.load(tmp.resolve("none.yaml")))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("none.yaml: file not found");
        Path list = Files.writeString(tmp.resolve("list.yaml"), "- 0.1\n");
        assertThatThrownBy(() -> Thresholds.load(list)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected a mapping");
        assertThatThrownBy(() -> Thresholds.defaults().overriddenBy(Map.of("recall", -1.0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("recall");
    }
}
