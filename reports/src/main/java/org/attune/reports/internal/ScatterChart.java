package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.evaluator.SliceSummary;

/**
 * Alignment against correctness, one point per agent x condition x task: colour is the agent,
 * marker shape the condition, so a trade-off between the two shows as a slope.
 */
final class ScatterChart {
    private ScatterChart() {
    }

    static Chart build(Groups groups, List<SliceSummary> byTask) {
        Frame f = new Frame(560, 320, 48, 28, 16, 40).xDomain(0, 1).yDomain(1, 5);
        f.yAxis(new double[] {1, 2, 3, 4, 5}, "%.0f", "Alignment (1\u20135)");
        f.xAxis(new double[] {0, 0.25, 0.5, 0.75, 1}, "%.2f", "Correctness (share of items answered correctly)");
        int points = 0;
        for (SliceSummary s : byTask) {
            if (s.alignment() == null || s.correctness() == null) {
                continue;
            }
            String tip = String.format(Locale.ROOT, "%s on %s: alignment %s, correct %s, %d episodes",
                    Groups.label(s.agent(), s.condition()), s.id(), Fmt.num(s.alignment(), 2),
                    Fmt.pct(s.correctness(), 0), s.episodes());
            f.marker(groups.conditionMarker(s.condition()), f.x(s.correctness()), f.y(s.alignment()), 5,
                    groups.agentColour(s.agent()), tip);
            points++;
        }
        f.baseline();
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (String a : groups.agents()) {
            legend.add(new Chart.LegendItem(a, groups.agentColour(a), "bar"));
        }
        for (String c : groups.conditions()) {
            legend.add(new Chart.LegendItem(c, "#555555", groups.conditionMarker(c)));
        }
        return f.chart("alignment-vs-correctness", "Alignment vs correctness",
                "Each point is one agent \u00b7 condition on one task set: colour is the agent, shape the condition.",
                legend, points == 0 ? "No task in this run has gold answers to score correctness against." : null);
    }
}
