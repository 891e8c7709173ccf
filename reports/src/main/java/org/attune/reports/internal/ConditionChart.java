package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.evaluator.GroupSummary;

/** Mean alignment per condition, one marker per agent, with its 95% interval as a whisker. */
final class ConditionChart {
    private ConditionChart() {
    }

    static Chart build(Groups groups) {
        int bands = Math.max(1, groups.conditions().size());
        int width = Math.max(560, 120 + bands * 40 * Math.max(2, groups.agents().size()));
        Frame f = new Frame(width, 300, 44, 28, 16, 36).yDomain(1, 5);
        f.yAxis(new double[] {1, 2, 3, 4, 5}, "%.0f", "Alignment (1\u20135)");
        double bandWidth = (f.plotRight() - f.plotLeft()) / bands;
        int agents = Math.max(1, groups.agents().size());
        for (int c = 0; c < groups.conditions().size(); c++) {
            String condition = groups.conditions().get(c);
            double start = f.plotLeft() + c * bandWidth;
            f.shapes.add(new Chart.Label(Frame.round(start + bandWidth / 2), f.plotBottom() + 18, condition,
                    "middle", "tick", null));
            for (int a = 0; a < groups.agents().size(); a++) {
                String agent = groups.agents().get(a);
                GroupSummary g = groups.find(agent, condition);
                if (g == null || g.alignment().mean() == null) {
                    continue;
                }
                double x = Frame.round(start + bandWidth * (0.2 + 0.6 * (a + 0.5) / agents));
                String colour = groups.agentColour(agent);
                String tip = String.format(Locale.ROOT, "%s: %s (95%% interval %s\u2013%s), %d episodes",
                        Groups.label(agent, condition), Fmt.num(g.alignment().mean(), 2),
                        Fmt.num(g.alignment().lo(), 2), Fmt.num(g.alignment().hi(), 2), g.episodes() - g.errors());
                if (g.alignment().lo() != null && g.alignment().hi() != null) {
                    f.shapes.add(new Chart.Line(x, f.y(g.alignment().lo()), x, f.y(g.alignment().hi()), colour,
                            "whisker"));
                    f.shapes.add(new Chart.Line(x - 5, f.y(g.alignment().lo()), x + 5, f.y(g.alignment().lo()),
                            colour, "whisker"));
                    f.shapes.add(new Chart.Line(x - 5, f.y(g.alignment().hi()), x + 5, f.y(g.alignment().hi()),
                            colour, "whisker"));
                }
                f.marker(Frame.marker(a), x, f.y(g.alignment().mean()), 5, colour, tip);
            }
        }
        f.baseline();
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (int a = 0; a < groups.agents().size(); a++) {
            legend.add(new Chart.LegendItem(groups.agents().get(a), groups.agentColour(groups.agents().get(a)),
                    Frame.marker(a)));
        }
        return f.chart("alignment-by-condition", "Alignment by condition",
                "Mean alignment of each agent under each condition, with 95% bootstrap intervals.", legend, null);
    }
}
