package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void formatsFiguresAndMarksMissingOnes() {
        assertThat(Fmt.num(3.14159, 2)).isEqualTo("3.14");
        assertThat(Fmt.num(-0.5, 1)).isEqualTo("\u22120.5");
        assertThat(Fmt.num(null, 2)).isEqualTo(Fmt.NONE);
        assertThat(Fmt.pct(0.291, 1)).isEqualTo("29.1%");
        assertThat(Fmt.signed(0.123, 2)).isEqualTo("+0.12");
        assertThat(Fmt.signed(-0.001, 2)).isEqualTo("\u00b10.00");
        assertThat(Fmt.signedPoints(-0.083, 1)).isEqualTo("\u22128.3 pts");
        assertThat(Fmt.alignmentPct(4.0)).isEqualTo("75%");
    }

    @Test
    void fixedPointFormatsExactlyAsTheFormatterDoes() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        double[] edges = {0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.15, 0.25, 0.35, 1.005, 2.675, 1e-7, -1e-7, 0.049999,
                -0.04, 99.995, 123456789.125, 4.999999999, Double.MIN_VALUE, 1e300, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int d = 0; d <= 6; d++) {
            for (double v : edges) {
                assertThat(Fmt.fixed(v, d)).as("%s with %d digits", v, d)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%." + d + "f", v));
            }
        }
        for (int i = 0; i < 200_000; i++) {
            int d = r.nextInt(7);
            // scores, shares and costs: short decimals near rounding ties, and arbitrary doubles
            double v = switch (i % 3) {
                case 0 -> r.nextInt(-100_000, 100_000) / 1000.0 + (r.nextBoolean() ? 0.0005 : 0);
                case 1 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 9));
                default -> Double.longBitsToDouble(r.nextLong());
            };
            assertThat(Fmt.fixed(v, d)).as("%s with %d digits", v, d)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%." + d + "f", v));
        }
    }

    @Test
    void markdownCellsCannotSplitOrFormat() {
        assertThat(MarkdownEscaper.escape("a|b *c* [x](javascript:y) <b>&\nz"))
                .isEqualTo("a\\|b \\*c\\* \\[x\\](javascript:y) &lt;b&gt;&amp; z");
    }

    /** summary.md goes into pull-request comments and job summaries: an agent label or id naming a user notifies nobody. */
    @Test
    void markdownCellsBreakMentions() {
        String md = MarkdownEscaper.escape("@octocat and @acme/team");
        assertThat(java.util.regex.Pattern.compile("(^|[^\\w`])@[A-Za-z0-9]").matcher(md).find()).as(md).isFalse();
        assertThat(md.replace("\u200b", "")).isEqualTo("@octocat and @acme/team");
    }

    @Test
    void xmlDropsCharactersXmlCannotCarry() {
        assertThat(XmlEscaper.escape("a\u0001b<\"'>&\uD83D\uDE00\uD800")).isEqualTo("ab&lt;&quot;&apos;&gt;&amp;\uD83D\uDE00");
    }
}
