package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    @Test
    void rendersEmphasisListsHeadingsAndCode() {
        String html = MarkdownHtml.render("# Title\n\nGreat **question**, *really*.\n\n- a\n- b\n\n1. one\n2. two\n\n`x^2`\n\n```\ncode\n```");
        assertThat(html).contains("<h1>Title</h1>", "<strong>question</strong>", "<em>really</em>", "<ul>\n<li>a</li>",
                "<ol>\n<li>one</li>", "<code>x^2</code>", "<pre><code>code\n</code></pre>");
    }

    @Test
    void escapesRawHtmlInlineAndInBlocks() {
        String html = MarkdownHtml.render("<script>alert(1)</script>\n\nText <img src=x onerror=\"alert(2)\"> end");
        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
    }

    @Test
    void keepsOnlyHttpLinksAndNeverLoadsImages() {
        String html = MarkdownHtml.render("[a](https://example.org/a) [b](javascript:alert(1)) [c](data:text/html,x) "
                + "[d](  JAVASCRIPT:alert(1)) <http://example.org/auto> ![pic](https://example.org/p.png) ![local](file:///etc/passwd)");
        assertThat(html).contains("<a href=\"https://example.org/a\" rel=\"nofollow noopener noreferrer\">a</a>",
                "<a href=\"http://example.org/auto\"", "<a href=\"https://example.org/p.png\"")
                .doesNotContain("javascript:", "data:", "file:", "<img");
        assertThat(html).contains(" b ", " c ", "[image] local");
    }

    @Test
    void nullIsEmptyAndPlainTextIsAParagraph() {
        assertThat(MarkdownHtml.render(null)).isEmpty();
        assertThat(MarkdownHtml.render("The answer is 7 & that is < 8.")).isEqualTo("<p>The answer is 7 &amp; that is &lt; 8.</p>\n");
    }
    /** Models often answer with a GitHub-style table: it renders as a table, its cells escaped like any text. */
    @Test
    void rendersPipeTablesWithEscapedCells() {
        String html = MarkdownHtml.render("| Step | Value |\n|:---|---:|\n| add | **12** |\n| <script>alert(1)</script> | [x](javascript:alert(2)) |");
        assertThat(html).contains("<table>", "<th align=\"left\">Step</th>", "<th align=\"right\">Value</th>",
                "<td align=\"right\"><strong>12</strong></td>", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script", "javascript:", "| Step |");
    }
}
