package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.attune.evaluator.ElicitationSummary;
import org.attune.evaluator.Interval;
import org.attune.evaluator.Summary;

/**
 * The elicitation-efficiency curves of a budget sweep: alignment and elicitation recall against the
 * question budget, one line per agent, each point with its 95% bootstrap interval as a whisker. Two
 * panels (alignment on 1-5, recall on 0-100%) that share the budget axis.
 */
final class ElicitationChart {
    private ElicitationChart() {
    }

    /** The two panels, or none when the run has no budget sweep. */
    static List<Chart> build(Groups groups, Summary summary) {
        if (summary.elicitation().isEmpty()) {
            return List.of();
        }
        return List.of(
                panel(groups, summary, "elicitation-alignment", "Elicitation efficiency: alignment",
                        "Mean alignment against the question budget, one line per agent, with 95% bootstrap intervals.",
                        ElicitationSummary::alignment, 1, 5, new double[] {1, 2, 3, 4, 5}, "%.0f", "Alignment (1\u20135)", 1),
                panel(groups, summary, "elicitation-recall", "Elicitation efficiency: recall",
                        "Share of the active preferences some question targeted, against the question budget, one line"
                                + " per agent, with 95% bootstrap intervals.",
                        ElicitationSummary::recall, 0, 1, new double[] {0, 0.25, 0.5, 0.75, 1}, "%.0f%%",
                        "Elicitation recall", 100));
    }

    private static Chart panel(Groups groups, Summary summary, String name, String title, String caption,
                               Function<ElicitationSummary, Interval> figure, double lo, double hi, double[] yTicks,
                               String yFormat, String yTitle, double tickScale) {
        Map<String, List<ElicitationSummary>> byAgent = new LinkedHashMap<>();
        int maxBudget = 1;
        for (ElicitationSummary e : summary.elicitation()) {
            byAgent.computeIfAbsent(e.agent(), k -> new ArrayList<>()).add(e);
            maxBudget = Math.max(maxBudget, e.budget());
        }
        Frame f = new Frame(560, 300, 48, 28, 16, 40).xDomain(-0.3, maxBudget + 0.3).yDomain(lo, hi);
        for (double t : yTicks) { // Frame.yAxis prints the values as they are; recall shows them as percentages
            f.shapes.add(new Chart.Line(f.plotLeft(), f.y(t), f.plotRight(), f.y(t), null, "grid"));
            f.shapes.add(new Chart.Label(f.plotLeft() - 6, f.y(t) + 4, String.format(Locale.ROOT, yFormat,
                    t * tickScale), "end", "tick", null));
        }
        f.shapes.add(new Chart.Label(4, 20, yTitle, "start", "axis-title", null));
        f.xAxis(summary.elicitation().stream().mapToDouble(ElicitationSummary::budget).distinct().sorted().toArray(),
                "%.0f", "Question budget (discovery@N)");
        List<Chart.LegendItem> legend = new ArrayList<>();
        int index = 0;
        double spread = Math.min(0.2, 0.6 / Math.max(1, byAgent.size()));
        for (Map.Entry<String, List<ElicitationSummary>> s : byAgent.entrySet()) {
            String agent = s.getKey();
            String colour = groups.agentIndex(agent) >= 0 ? groups.agentColour(agent) : Palette.category(index);
            String marker = Frame.marker(index);
            double offset = (index - (byAgent.size() - 1) / 2.0) * spread / 2; // keeps whiskers apart
            List<Double> pts = new ArrayList<>();
            for (ElicitationSummary e : s.getValue()) {
                Interval v = figure.apply(e);
                if (v == null || v.mean() == null) {
                    continue;
                }
                double x = f.x(e.budget() + offset);
                pts.add(x);
                pts.add(f.y(v.mean()));
                if (v.lo() != null && v.hi() != null) {
                    f.shapes.add(new Chart.Line(x, f.y(v.lo()), x, f.y(v.hi()), colour, "whisker"));
                }
                f.marker(marker, x, f.y(v.mean()), 4, colour, String.format(Locale.ROOT,
                        "%s, budget %d: %s (95%% interval %s\u2013%s), %d episodes", agent, e.budget(),
                        shown(v.mean(), tickScale), shown(v.lo(), tickScale), shown(v.hi(), tickScale), e.episodes()));
            }
            if (pts.size() >= 4) {
                f.shapes.add(new Chart.Polyline(Frame.points(pts.stream().mapToDouble(Double::doubleValue).toArray()),
                        colour));
            }
            legend.add(new Chart.LegendItem(agent, colour, marker));
            index++;
        }
        f.baseline();
        return f.chart(name, title, caption, legend, null);
    }

    /** A point's figure as summary.md prints it: alignment to two decimals, a share as a whole percentage. */
    private static String shown(Double v, double scale) {
        return scale == 1 ? Fmt.num(v, 2) : Fmt.pct(v, 0);
    }
}
