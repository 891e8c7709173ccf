package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {
    @Test
    void theLongestMatchingPrefixPricesACall() {
        PriceTable t = PriceTable.builtin();
        // gpt-4o-mini* (0.15 / 0.60) beats gpt-4o* for a dated mini model
        assertThat(t.cost("openai", "gpt-4o-mini-2024-07-18", 1_000_000, 1_000_000)).isCloseTo(0.75, offset(1e-9));
        assertThat(t.cost("openai", "gpt-4o", 2_000, 1_000)).isCloseTo((2_000 * 2.5 + 1_000 * 10.0) / 1e6, offset(1e-12));
        assertThat(t.cost("ollama", "anything:7b", 5_000, 5_000)).isZero();
        // a newer generation priced apart from its family's wildcard: Opus 4.5 is not Opus 4's price
        assertThat(t.cost("anthropic", "claude-opus-4-5-20251101", 1_000_000, 0)).isCloseTo(5.0, offset(1e-9));
        assertThat(t.cost("anthropic", "claude-opus-4-20250514", 1_000_000, 0)).isCloseTo(15.0, offset(1e-9));
        assertThat(t.cost("openai", "o3-mini", 0, 1_000_000)).isCloseTo(4.40, offset(1e-9));
        assertThat(t.cost("openai", "o3", 0, 1_000_000)).isCloseTo(8.0, offset(1e-9));
        assertThat(t.cost("openai", "gpt-5-mini", 1_000_000, 0)).isCloseTo(0.25, offset(1e-9));
        assertThat(t.unpriced()).isEmpty();
        assertThat(t.source()).startsWith("builtin sha256:");
    }

    @Test
    void anUnlistedModelCostsNothingAndIsRemembered() {
        PriceTable t = PriceTable.builtin();
        assertThat(t.cost("anthropic", "claude-future-9", 1000, 1000)).isZero();
        assertThat(t.unpriced()).containsExactly("anthropic:claude-future-9");
    }

    @Test
    void aFileOverridesTheTableAndABadRowIsNamed(@TempDir Path tmp) throws Exception {
        Path ok = Files.writeString(tmp.resolve("prices.yaml"), """
                schema: attune.prices/v1
                prices:
                  - {provider: openai-compatible, model: "fixture-model", input: 1.0, output: 2.0}
                """);
        assertThat(PriceTable.load(ok.toString()).cost("openai-compatible", "fixture-model", 1_000_000, 500_000))
                .isCloseTo(2.0, offset(1e-9));
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), """
                schema: attune.prices/v1
                prices:
                  - {provider: openai, model: gpt-4o, input: -1, output: 2.0}
                """);
        assertThatThrownBy(() -> PriceTable.load(bad.toString())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.yaml: prices[0]: input and output must be numbers of 0 or more");
        assertThatThrownBy(() -> PriceTable.load(tmp.resolve("missing.yaml").toString()))
                .hasMessageContaining("--price-table");
    }
}
