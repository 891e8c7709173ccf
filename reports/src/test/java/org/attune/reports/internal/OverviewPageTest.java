package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attune.evaluator.GroupSummary;
import org.attune.reports.SyntheticRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewPageTest {
    private RunData run;
    private Map<String, Object> context;

    @BeforeAll
    void build(@TempDir Path dir) {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        run = RunData.load(dir);
        context = OverviewPage.context(run, new EpisodeIndex(run.episodes()), Catalogs.builtin(), false);
    }

    @Test
    void leaderboardHasOneRowPerAgentAndConditionWithTheSummaryFigures() {
        @SuppressWarnings("unchecked")
        List<Leaderboard.Row> rows = (List<Leaderboard.Row>) context.get("leaderboard");
        assertThat(rows).hasSize(run.summary().groups().size());
        GroupSummary g = run.summary().groups().get(1);
        Leaderboard.Row r = rows.get(1);
        assertThat(r.agent()).isEqualTo(g.agent());
        assertThat(r.alignment()).isEqualTo(g.alignment());
        assertThat(r.worseThanGenericRate()).isEqualTo(g.worseThanGenericRate());
        assertThat(r.inputTokens()).isEqualTo(g.usage().values().stream().mapToLong(u -> u.inputTokens()).sum());
        assertThat(r.browserLink()).isEqualTo("browser.html#agent=" + g.agent().replace(":", "%3A")
                + "&condition=" + g.condition());
    }

    @Test
    void theSettingsPanelListsEachRecordedFactWithItsValueAsJson() {
        List<String> settings = OverviewPage.facts(run.info(), run.summary()).stream()
                .filter(f -> f.label().equals("Settings")).findFirst().orElseThrow().values();
        assertThat(settings).containsExactly("templates: {\"agent-discovery\":\"3f2a9c1d\",\"user-reply\":\"9b77e021\"}");
    }

    @Test
    void readingNamesTheBestPersonalizedGroup() {
        GroupSummary best = run.summary().groups().stream().filter(g -> g.condition().equals("discovery"))
                .max((a, b) -> Double.compare(a.alignment().mean(), b.alignment().mean())).orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> reading = (List<String>) context.get("reading");
        assertThat(reading.get(0)).startsWith("Best personalized alignment: " + best.agent() + " under discovery, "
                + Fmt.num(best.alignment().mean(), 2));
        assertThat(reading).anyMatch(s -> s.contains("closes") && s.contains("worse than its generic answer"));
    }

    @Test
    void chartsAreNamedDistinctlyAndDrawnInsideTheirCanvas() {
        @SuppressWarnings("unchecked")
        List<Chart> charts = (List<Chart>) context.get("charts");
        assertThat(charts).extracting(Chart::name).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
        for (Chart c : charts) {
            assertThat(c.note()).as(c.name() + " has data").isNull();
            for (Chart.Shape s : c.shapes()) {
                if (s instanceof Chart.Rect r) {
                    assertThat(r.x()).isBetween(0.0, (double) c.width());
                    assertThat(r.x() + r.w()).isLessThanOrEqualTo(c.width() + 0.1);
                    assertThat(r.y() + r.h()).isLessThanOrEqualTo(c.height() + 0.1);
                } else if (s instanceof Chart.Dot d) {
                    assertThat(d.cx()).isBetween(0.0, (double) c.width());
                    assertThat(d.cy()).isBetween(0.0, (double) c.height());
                }
            }
        }
        Chart heatmap = charts.stream().filter(c -> c.name().equals("criterion-heatmap")).findFirst().orElseThrow();
        long attributes = run.summary().byAttribute().stream().map(s -> s.id()).distinct().count();
        assertThat(heatmap.shapes().stream().filter(s -> s instanceof Chart.Rect).count())
                .isEqualTo(run.summary().byAttribute().size());
        assertThat(attributes).isGreaterThan(5);
    }

    @Test
    void attributeRowsComeMostOftenMissedOrViolatedFirst() {
        @SuppressWarnings("unchecked")
        List<Breakdowns.AttributeRow> rows = (List<Breakdowns.AttributeRow>) context.get("byAttribute");
        assertThat(rows).extracting(Breakdowns.AttributeRow::problem)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        Breakdowns.AttributeRow top = rows.get(0);
        assertThat(top.problem()).isGreaterThanOrEqualTo(Math.max(top.violated(), top.missed() == null ? 0 : top.missed()));
        assertThat(top.cells()).hasSize(run.summary().groups().size());
    }

    @Test
    void rendersEveryChartAsAnInlineSvgWithItsName() {
        String html = Templates.get().render("overview.peb", context);
        Map<String, Long> svgs = java.util.regex.Pattern.compile("<svg data-chart=\"([a-z-]+)\"").matcher(html)
                .results().collect(Collectors.groupingBy(m -> m.group(1), Collectors.counting()));
        assertThat(svgs).containsOnlyKeys("alignment-by-condition", "criterion-heatmap", "task-bars",
                "alignment-vs-correctness", "alignment-vs-questions");
        assertThat(html).doesNotContain("<link", "src=\"http", "href=\"http", "@import");
        assertThat(html).contains("Content-Security-Policy", "'sha256-");
    }
}
