package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.reports.internal.ShardReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose items, responses, dialogue, justifications, errors, an agent label and a persona id
 * carry markup, script and template syntax: every output shows them as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentTest {
    private Path run;
    private List<Path> html;
    private java.util.Map<String, JsonNode> views;

    @BeforeAll
    void write(@TempDir Path dir) throws IOException {
        run = SyntheticRun.write(dir, SyntheticRun.Spec.hostileRun());
        Reports.writeAll(run, new ReportOptions(null, 4.0));
        try (Stream<Path> files = Files.walk(run.resolve("report"))) {
            html = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        views = ShardReader.all(run.resolve("report"));
        assertThat(html).hasSizeGreaterThanOrEqualTo(3);
        assertThat(views).hasSizeGreaterThan(20);
    }

    @Test
    void noPageCarriesMarkupFromTheRun() throws IOException {
        Pattern ourScripts = Pattern.compile("<script(>| type=\"application/json\" id=\"attune-(meta|shards)\">"
                + "| src=\"data/episodes-\\d{3}\\.js\">)");
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (Path p : html) {
            pages.put(p.toString(), Files.readString(p));
        }
        for (java.util.Map.Entry<String, String> each : pages.entrySet()) {
            String p = each.getKey();
            String page = each.getValue();
            assertThat(page).as(p.toString())
                    .doesNotContain("<img", "<svg onload", "onerror=\"", "onload=\"", "<a href=\"javascript:",
                            "href=\"javascript", "<script>window.__attunePwned", "<!--")
                    .doesNotContainPattern("<[a-z]+\\b[^>]*\\son[a-z]+\\s*=");
            assertThat(ReportsTest.count(page, "TEMPLATE-RAN")).as("template syntax in data is never evaluated")
                    .isEqualTo(ReportsTest.count(page, "{% if true %}TEMPLATE-RAN{% endif %}"));
            long scripts = Pattern.compile("<script").matcher(page).results().count();
            long ours = ourScripts.matcher(page).results().count();
            assertThat(scripts).as("every <script> in " + p + " is the report's own").isEqualTo(ours);
        }
    }

    /**
     * The shards carry the run's texts as data, and no markup but what MarkdownHtml made of the
     * response, a turn or the edited text, which escapes the raw HTML in them.
     */
    @Test
    void theShardsCarryTheHostileTextAsDataAndOnlyMarkdownHtmlAsMarkup() {
        JsonNode episode = null;
        for (JsonNode v : views.values()) {
            if (v.path("response").asText().contains("TEMPLATE-RAN")) {
                episode = v;
                break;
            }
        }
        assertThat(episode).isNotNull();
        assertThat(episode.get("response").asText()).contains("<script>window.__attunePwned = 1</script>",
                "<img src=x onerror=\"window.__attunePwned = 2\">", "{{ 7*7 }} {% if true %}TEMPLATE-RAN{% endif %}");
        assertThat(episode.get("responseHtml").asText()).contains(
                "&lt;script&gt;window.__attunePwned = 1&lt;/script&gt;",
                "&lt;img src=x onerror=&quot;window.__attunePwned = 2&quot;&gt;",
                "{{ 7*7 }} {% if true %}TEMPLATE-RAN{% endif %} {# comment #}");
        assertThat(views.values().stream().map(v -> v.get("agent").asText()))
                .contains("evil<script>window.__attunePwned=6</script>");
        for (JsonNode v : views.values()) {
            assertOnlyMarkdownHtml(v, v.toString());
        }
        for (JsonNode shard : ShardReader.shards(run.resolve("report"))) {
            assertOnlyMarkdownHtml(shard.get("personas"), "personas");
        }
    }

    /** Each *Html value is MarkdownHtml's rendering of the raw text beside it; no other value holds markup Java made. */
    private static void assertOnlyMarkdownHtml(JsonNode n, String where) {
        n.fields().forEachRemaining(f -> {
            JsonNode value = f.getValue();
            switch (f.getKey()) {
                case "responseHtml" -> assertThat(value.asText()).as(where)
                        .isEqualTo(ShardReader.markdown(n.get("response").asText()));
                case "editedHtml" -> assertThat(value.asText()).as(where)
                        .isEqualTo(ShardReader.markdown(n.get("edited").asText()));
                case "html" -> assertThat(value.asText()).as(where).isEqualTo(ShardReader.markdown(n.get("text").asText()));
                default -> {
                    if (value.isTextual()) {
                        assertThat(value.asText()).as(where + " " + f.getKey()).doesNotContain("&lt;", "&amp;",
                                "&quot;", "&#39;", "class=\"", "<span", "<p>", "<td", "<strong", "<div", "<pre", "<dt");
                    }
                    assertOnlyMarkdownHtml(value, where);
                }
            }
        });
        if (n.isArray()) {
            n.forEach(c -> assertOnlyMarkdownHtml(c, where));
        }
    }

    @Test
    void embeddedDataCannotCloseItsScriptElement() throws IOException {
        try (Stream<Path> files = Files.list(run.resolve("report/data"))) {
            for (Path p : files.toList()) {
                String js = Files.readString(p);
                assertThat(js).as(p.toString()).doesNotContain("<", ">", "\u2028", "\u2029");
                if (p.getFileName().toString().startsWith("episodes-")) {
                    assertThat(js).contains("\\u003cscript\\u003e");
                }
            }
        }
        String browser = Files.readString(run.resolve("report/browser.html"));
        String meta = browser.substring(browser.indexOf("id=\"attune-meta\">") + 17, browser.indexOf("</script>",
                browser.indexOf("id=\"attune-meta\">")));
        assertThat(meta).doesNotContain("<", ">", "&").contains("evil\\u003cscript\\u003e");
    }

    @Test
    void summaryAndJUnitStayWellFormed() throws Exception {
        String md = Files.readString(run.resolve("summary.md"));
        assertThat(md).doesNotContain("<script").contains("evil&lt;script&gt;window.\\_\\_attunePwned=6&lt;/script&gt;");
        for (String line : md.split("\n")) {
            if (line.startsWith("| evil")) {
                // the leaderboard's 10 cells, or the model usage table's 5: an escaped label adds none
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).isIn(11L, 6L);
            }
        }
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(run.resolve("junit.xml").toFile());
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(2 * 3 * 2);
        assertThat(Files.readString(run.resolve("junit.xml"))).doesNotContain("\u0001");
    }
}
