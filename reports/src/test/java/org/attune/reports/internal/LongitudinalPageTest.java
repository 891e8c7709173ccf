package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.ReportOptions;
import org.attune.reports.Reports;
import org.attune.reports.SyntheticLongitudinalRun;
import org.attune.reports.SyntheticRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongitudinalPageTest {

    @SuppressWarnings("unchecked")
    static <T> T get(Map<String, Object> c, String key) {
        return (T) c.get(key);
    }

    @Test
    void figuresPerLearnerAndTheLatestRoundALearnerStillGotWrong(@TempDir Path dir) {
        RunData run = RunData.load(SyntheticLongitudinalRun.write(dir, 40));
        Map<String, Object> c = LongitudinalPage.context(run, Catalogs.builtin(), false, null);
        List<LongitudinalPage.Row> rows = get(c, "rows");
        assertThat(rows).extracting(LongitudinalPage.Row::learner).containsExactly("none", "oracle", "cipher-5");
        assertThat(rows.get(0).editCost()).isEqualTo(12.0 * 40);
        assertThat(rows.get(1).editCost()).isZero();
        assertThat(rows.get(2).zeroLast()).isGreaterThan(rows.get(2).zeroFirst());
        // cipher-5 is edited in rounds 1-3 and every 7th: the latest is 35
        assertThat(c.get("round")).isEqualTo(35);
        assertThat(c.get("persona")).isEqualTo("p001");
        List<Chart> charts = get(c, "charts");
        assertThat(charts).extracting(Chart::name).containsExactly("cumulative-edit-cost", "cumulative-edit-cost-learners",
                "zero-edit-share");
        List<LongitudinalPage.Strip> strips = get(c, "strips");
        assertThat(strips).hasSize(3).allMatch(s -> s.cells().size() == 40);
    }

    @Test
    void summaryMdHasALearnerTableOnlyForLongitudinalRuns(@TempDir Path dir, @TempDir Path episodes) throws Exception {
        Path run = SyntheticLongitudinalRun.write(dir, 40);
        Reports.writeAll(run, ReportOptions.defaults());
        String md = Files.readString(run.resolve(RunDirectory.SUMMARY_MD));
        List<String> lines = md.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("| Learner |")).findFirst().orElseThrow());
        assertThat(lines.get(header + 1)).startsWith("|---|");
        // one row per learner, straight after the separator (a blank line would end the table)
        assertThat(lines.subList(header + 2, header + 5)).extracting(l -> l.split(" \\| ")[0])
                .containsExactly("| none", "| oracle", "| cipher-5");
        assertThat(lines.get(header + 2)).contains("| " + (12 * 40) + " |");
        assertThat(lines.get(header + 3)).contains("| 0 | 0.00 | 100% | 100% |");
        assertThat(md).contains("bins of 20");

        SyntheticRun.write(episodes, SyntheticRun.Spec.small());
        Reports.writeAll(episodes, ReportOptions.defaults());
        assertThat(Files.readString(episodes.resolve(RunDirectory.SUMMARY_MD))).doesNotContain("| Learner |");
    }

    @Test
    void aChosenRoundShowsEachBeliefAgainstTheActivePreferences(@TempDir Path dir) {
        RunData run = RunData.load(SyntheticLongitudinalRun.write(dir, 40));
        Map<String, Object> c = LongitudinalPage.context(run, Catalogs.builtin(), false, 2);
        assertThat(c.get("round")).isEqualTo(2);
        List<LongitudinalPage.RoundView> views = get(c, "views");
        LongitudinalPage.RoundView cipher = views.get(2);
        assertThat(cipher.learner()).isEqualTo("cipher-5");
        assertThat(cipher.beliefs()).extracting(LongitudinalPage.Belief::attribute, LongitudinalPage.Belief::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("headings", LongitudinalPage.NOT_ACTIVE),
                        org.assertj.core.groups.Tuple.tuple("layout", LongitudinalPage.WRONG_VALUE));
        assertThat(cipher.wanted()).noneMatch(LongitudinalPage.Wanted::believed);
        assertThat(cipher.edited()).isNotBlank().isNotEqualTo(cipher.response());
        assertThat(views.get(1).wanted()).allMatch(LongitudinalPage.Wanted::believed);
        assertThat(LongitudinalPage.context(run, Catalogs.builtin(), false, 999).get("round")).isEqualTo(40);
    }

    @Test
    void theLearnerTableShowsTheNormalizedCostWithSummaryMdsDigits(@TempDir Path dir) throws Exception {
        SyntheticLongitudinalRun.write(dir, 40);
        Reports.writeAll(dir, new ReportOptions(null, null, 12));
        String page = Files.readString(dir.resolve(RunDirectory.REPORT_DIR).resolve("longitudinal.html"));
        List<String> rows = Files.readString(dir.resolve("summary.md")).lines()
                .filter(l -> (l.startsWith("| none |") || l.startsWith("| cipher-5 |")) && !l.contains("longitudinal"))
                .toList();
        assertThat(rows).hasSize(2);
        for (String row : rows) { // "| learner | personas | rounds | edits | edits per token | ..."
            assertThat(page).contains(">" + row.split("\\|")[5].strip() + "</td>");
        }
    }

    @Test
    void theReportGainsTheLongitudinalPageLinkedFromEveryPage(@TempDir Path dir) throws Exception {
        SyntheticLongitudinalRun.write(dir, 40);
        Reports.writeAll(dir, new ReportOptions(null, null, 12));
        Path report = dir.resolve(RunDirectory.REPORT_DIR);
        String page = Files.readString(report.resolve("longitudinal.html"));
        assertThat(page).contains("data-chart=\"cumulative-edit-cost\"", "data-chart=\"zero-edit-share\"",
                "<h2 id=\"round\">Round 12</h2>", "class=\"chosen\"", "cipher-5");
        assertThat(page).doesNotContain("<script>alert(1)");
        assertThat(Files.readString(report.resolve("index.html"))).contains("href=\"longitudinal.html\"");
        String key = "summarize-passages|sp-3|p001|cipher-5|2";
        com.fasterxml.jackson.databind.JsonNode episode = ShardReader.view(report, key);
        assertThat(episode.get("round").asInt()).isEqualTo(2);
        assertThat(episode.get("learner").asText()).isEqualTo("cipher-5");
        assertThat(episode.get("inferred").asText()).contains("headings=use; layout=prose");
        assertThat(page).contains("<div class=\"diff\" data-before=\"");
    }

    @Test
    void anEpisodesRunHasNoLongitudinalPage(@TempDir Path dir) throws Exception {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        Reports.writeAll(dir, ReportOptions.defaults());
        assertThat(dir.resolve("report/longitudinal.html")).doesNotExist();
        assertThat(Files.readString(dir.resolve("report/index.html"))).doesNotContain("longitudinal.html");
    }
}
