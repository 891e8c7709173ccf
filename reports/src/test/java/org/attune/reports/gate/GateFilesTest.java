package org.attune.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GateFilesTest {
    @TempDir
    Path tmp;

    private static final GateOptions FAST = GateOptions.builder().resamples(500).build();

    private GateOutcome worse(boolean withReport) throws IOException {
        Path base = RunFixture.write(tmp.resolve("base"), RunFixture.info("base"),
                RunFixture.episodes(RunFixture.AGENT));
        List<Episode> eps = RunFixture.mapCriteria(RunFixture.episodes(RunFixture.AGENT),
                c -> c.score().attribute().equals("bullet-list") ? c.with(1.0) : c);
        Path cand = RunFixture.write(tmp.resolve("cand"), RunFixture.info("cand"), eps);
        if (withReport) {
            // the report published beside the candidate
            org.attune.reports.Reports.writeAll(cand, org.attune.reports.ReportOptions.defaults());
        }
        return Gate.compare(base, cand, FAST);
    }

    @Test
    void markdownPutsTheVerdictFirstAndLinksEpisodesIntoThePublishedReport() throws IOException {
        GateReport r = (GateReport) worse(true);
        Path out = Gate.defaultOut(tmp.resolve("cand"));
        List<Path> files = GateFiles.write(r, out);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("gate.md", "gate.json", "gate-junit.xml");
        String md = Files.readString(out.resolve("gate.md"));
        assertThat(md.lines().findFirst()).hasValue("## ❌ Attune gate: regression");
        assertThat(md).contains("comparisons (agent / condition) regressed:** builtin:reference / discovery (alignment.discovery")
                .contains("| builtin:reference | generic | Alignment (1-5) | ")
                .contains("clusters. [Candidate report](../report/index.html)\n\n| Agent")
                .contains("| Agent | Condition | Metric | Baseline | Candidate | Change | Interval (95% family-wise) |")
                .contains("### Attributes that fell most")
                .contains("| builtin:reference | bullet-list | ")
                .contains("### Episodes that fell most")
                .contains("[Candidate report](../report/index.html)");
        EpisodeChange worst = r.episodes().get(0);
        String h = org.attune.reports.internal.PageNames.hash(worst.key());
        String link = "../report/episode.html#" + h;
        assertThat(md).contains("](" + link + ")");
        assertThat(out.resolve(link.substring(0, link.indexOf('#'))).normalize()).exists();
        // the hash is one the report's data knows
        assertThat(Files.readString(tmp.resolve("cand/report/data/where-" + h.charAt(0) + ".js")))
                .contains("\"" + h + "\":");
        // every relative link of gate.md resolves to a file
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\]\\(([^)]+)\\)").matcher(md);
        int links = 0;
        while (m.find()) {
            links++;
            assertThat(out.resolve(m.group(1).replaceAll("#.*", "")).normalize()).isRegularFile();
        }
        assertThat(links).isEqualTo(r.episodes().size() + 1);
        // with --report-url every link is absolute under it
        GateReport published = (GateReport) Gate.compare(tmp.resolve("base"), tmp.resolve("cand"),
                GateOptions.builder().resamples(500).reportUrl("https://ci.example/artifacts/7/report").build());
        String abs = GateFiles.markdown(published, out);
        assertThat(abs).contains("[Candidate report](https://ci.example/artifacts/7/report/index.html)")
                .contains("](https://ci.example/artifacts/7/report/episode.html#" + h + ")")
                .doesNotContain("](../");
        // one table row per metric, in order
        assertThat(md.lines().filter(l -> l.matches("\\| " + java.util.regex.Pattern.quote(RunFixture.AGENT)
                + " \\| (generic|discovery|oracle) \\| .*"))).hasSize(r.metrics().size());
    }

    @Test
    void aPassingGateSaysSoFirst() {
        Path base = RunFixture.write(tmp.resolve("base"), RunFixture.info("base"),
                RunFixture.episodes(RunFixture.AGENT));
        Path cand = RunFixture.write(tmp.resolve("cand"), RunFixture.info("cand"),
                RunFixture.episodes(RunFixture.AGENT));
        String md = GateFiles.markdown(Gate.compare(base, cand, FAST), cand.resolve("gate"));
        assertThat(md).startsWith("## ✅ Attune gate: no regression\n\nNo comparison (agent / condition) regressed.\n\nCandidate `")
                .doesNotContain("### Attributes").doesNotContain("### Episodes").doesNotContain("⚠️");
    }

    @Test
    void withoutAReportThereAreNoLinks() throws IOException {
        GateReport r = (GateReport) worse(false);
        String md = GateFiles.markdown(r, tmp.resolve("cand").resolve("gate"));
        assertThat(r.episodes()).allSatisfy(e -> assertThat(e.reportPage()).isNull());
        assertThat(md).doesNotContain("](");
    }

    @Test
    void jsonCarriesTheSchemaVerdictAndEveryMetric() throws IOException {
        GateReport r = (GateReport) worse(false);
        JsonNode json = RunDirectory.mapper().readTree(GateFiles.json(r));
        assertThat(json.path("schema").asText()).isEqualTo("attune.gate/v1");
        assertThat(json.path("verdict").asText()).isEqualTo("regression");
        assertThat(json.path("exitCode").asInt()).isEqualTo(1);
        assertThat(json.path("metrics")).hasSize(r.metrics().size());
        JsonNode first = json.path("metrics").get(4);
        assertThat(first.path("id").asText()).isEqualTo("alignment.discovery");
        assertThat(first.path("agent").asText()).isEqualTo(RunFixture.AGENT);
        assertThat(first.path("comparison").asText()).isEqualTo(RunFixture.AGENT + " / discovery");
        assertThat(json.path("comparisons")).hasSize(3);
        assertThat(json.path("settings").path("familyWise").asText()).isEqualTo("bonferroni");
        assertThat(first.path("verdict").asText()).isEqualTo("regression");
        assertThat(first.path("direction").asText()).isEqualTo("higher is better");
        assertThat(first.path("lo").isNumber()).isTrue();
        assertThat(json.path("attributes").get(0).path("attribute").asText()).isEqualTo("bullet-list");
        assertThat(json.path("pairing").path("matched").asInt()).isEqualTo(144);
        assertThat(json.path("settings").path("resamples").asInt()).isEqualTo(500);
    }

    @Test
    void junitHasOneTestCasePerMetricAndFailsTheRegressedOnes() throws Exception {
        GateReport r = (GateReport) worse(false);
        Document doc = parse(GateFiles.junit(r));
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(r.metrics().size());
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(r.metrics().size()));
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(r.regressions().size()));
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(r.regressions().size());
        Element firstFailure = (Element) suite.getElementsByTagName("failure").item(0);
        assertThat(((Element) firstFailure.getParentNode()).getAttribute("name")).isEqualTo("alignment.discovery");
        assertThat(((Element) firstFailure.getParentNode()).getAttribute("classname"))
                .isEqualTo("attune.gate." + RunFixture.AGENT + ".discovery");
        assertThat(firstFailure.getAttribute("message"))
                .startsWith(RunFixture.AGENT + " / discovery: alignment.discovery regressed: -");
    }

    @Test
    void notComparableRunsStillWriteAllThreeFiles() throws Exception {
        Path base = RunFixture.write(tmp.resolve("base"), RunFixture.info("base"),
                RunFixture.episodes(RunFixture.AGENT));
        Path cand = RunFixture.write(tmp.resolve("cand"), RunFixture.withJudge(RunFixture.info("cand"), "x:y"),
                RunFixture.episodes(RunFixture.AGENT));
        GateOutcome out = Gate.compare(base, cand, FAST);
        Path dir = tmp.resolve("out");
        GateFiles.write(out, dir);
        assertThat(Files.readString(dir.resolve("gate.md"))).startsWith("## ⛔ Attune gate: runs not comparable")
                .contains("- judge spec (--judge) differs");
        JsonNode json = RunDirectory.mapper().readTree(dir.resolve("gate.json").toFile());
        assertThat(json.path("verdict").asText()).isEqualTo("not comparable");
        assertThat(json.path("exitCode").asInt()).isEqualTo(3);
        assertThat(json.path("reasons")).hasSize(1);
        Document doc = parse(Files.readString(dir.resolve("gate-junit.xml")));
        Element c = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(c.getAttribute("name")).isEqualTo("comparability");
        assertThat(c.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void markdownEscapesTextThatWouldBreakATable() {
        assertThat(GateMarkdown.escape("a|b_c *d* [e](f) <g>\nh"))
                .isEqualTo("a\\|b\\_c \\*d\\* \\[e\\](f) \\<g\\> h");
    }

    /** A label or id that names a GitHub user or team would notify them from the pull-request comment. */
    @Test
    void markdownBreaksMentions() {
        String md = GateMarkdown.escape("ping @octocat and @acme/security-team, mail me@example.com");
        assertThat(java.util.regex.Pattern.compile("(^|[^\\w`])@[A-Za-z0-9]").matcher(md).find()).as(md).isFalse();
        assertThat(md.replace("\u200b", "")).isEqualTo("ping @octocat and @acme/security-team, mail me@example.com");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
