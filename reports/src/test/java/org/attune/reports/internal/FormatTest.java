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
    void markdownCellsCannotSplitOrFormat() {
        assertThat(MarkdownEscaper.escape("a|b *c* [x](javascript:y) <b>&\nz"))
                .isEqualTo("a\\|b \\*c\\* \\[x\\](javascript:y) &lt;b&gt;&amp; z");
    }

    @Test
    void xmlDropsCharactersXmlCannotCarry() {
        assertThat(XmlEscaper.escape("a\u0001b<\"'>&\uD83D\uDE00\uD800")).isEqualTo("ab&lt;&quot;&apos;&gt;&amp;\uD83D\uDE00");
    }
}
