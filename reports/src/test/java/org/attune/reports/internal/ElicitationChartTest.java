package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attune.evaluator.ElicitationSummary;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.Interval;
import org.attune.evaluator.Summary;
import org.junit.jupiter.api.Test;

class ElicitationChartTest {
    private static Summary sweep(List<ElicitationSummary> rows) {
        List<GroupSummary> groups = new ArrayList<>();
        return new Summary(Summary.SCHEMA, "r", 0, 0, groups, List.of(), List.of(), List.of(), null, null, null, rows);
    }

    private static ElicitationSummary row(String agent, int budget, double recall) {
        return new ElicitationSummary(agent, budget, "discovery@" + budget, 10, new Interval(3.0, 2.5, 3.5),
                new Interval(recall, recall - 0.05, recall + 0.05), null, null);
    }

    @Test
    void oneLinePerAgentAndAWhiskerPerPointInEachPanel() {
        Summary s = sweep(List.of(row("<b>pep</b>", 1, 0.2), row("<b>pep</b>", 3, 0.5), row("ref", 1, 0.1),
                row("ref", 3, 0.2)));
        List<Chart> charts = ElicitationChart.build(Groups.of(s), s);
        assertThat(charts).extracting(Chart::name).containsExactly("elicitation-alignment", "elicitation-recall");
        for (Chart c : charts) {
            assertThat(c.shapes().stream().filter(x -> x instanceof Chart.Polyline)).hasSize(2);
            assertThat(c.shapes().stream().filter(x -> x instanceof Chart.Line l && "whisker".equals(l.style())))
                    .hasSize(4);
            assertThat(c.legend()).extracting(Chart.LegendItem::label).containsExactly("<b>pep</b>", "ref");
        }
        // the agent label reaches the page through the autoescaping template, never as markup
        String html = Templates.get().render("chart.peb", java.util.Map.of("chart", charts.get(1)));
        assertThat(html).contains("&lt;b&gt;pep&lt;/b&gt;").doesNotContain("<b>pep</b>");
    }

    @Test
    void recallPointsReadAsSummaryMdPrintsThem() {
        ElicitationSummary r = new ElicitationSummary("ref", 1, "discovery@1", 180, new Interval(3.0, 2.9, 3.1),
                new Interval(0.2122222222222222, 0.18777777777777768, 0.23555555555555552), null, null);
        Summary s = sweep(List.of(r));
        String html = Templates.get().render("chart.peb",
                java.util.Map.of("chart", ElicitationChart.build(Groups.of(s), s).get(1)));
        // summary.md: "21% (19%–24%)"; a percentage without its sign, or 21.2 beside 18.78, read as other figures
        assertThat(html).contains("ref, budget 1: 21% (95% interval 19%\u201324%), 180 episodes")
                .doesNotContain("21.2");
    }

    @Test
    void noSweepNoCharts() {
        Summary s = sweep(List.of());
        assertThat(ElicitationChart.build(Groups.of(s), s)).isEmpty();
    }
}
