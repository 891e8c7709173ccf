package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.attune.evaluator.Episode;
import org.junit.jupiter.api.Test;

/**
 * The episode browser's alignment column shows what the episode's own page shows: both round half up on
 * the number's shortest decimal form (as summary.md and every other page do), not on a product that
 * binary arithmetic left just below the half.
 */
class BrowserRoundingTest {
    /** What the browser's {@code toFixed(2)} prints for the value it is given (exact binary value, ties up). */
    private static String toFixed2(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String episodePage(Episode e) throws Exception {
        return new ObjectMapper().readTree(EpisodeViewJson.of(EpisodePage.view(e, new EpisodeIndex(List.of(e)),
                Catalogs.none()))).at("/scores/alignment").asText();
    }

    @Test
    void browserAndEpisodePageShowTheSameRoundedAlignment() throws Exception {
        // 1.005 is its shortest decimal form, but 1.005 * 100 is 100.49999999999999 in binary
        for (double a : new double[] {107 / 40.0, 1.005, 4.245, 3.135, 2.5, 4.999}) {
            Episode e = Fixtures.scored("i", "p", "discovery", "builtin:reference", a, List.of());
            assertThat(toFixed2(BrowserPage.shownAlignment(a))).as("alignment %s", a).isEqualTo(episodePage(e))
                    .isEqualTo(Fmt.num(a, 2));
        }
        assertThat(BrowserPage.shownAlignment(null)).isNull();
    }
}
