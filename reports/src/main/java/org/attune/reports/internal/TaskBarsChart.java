package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.evaluator.SliceSummary;

/** Mean alignment per task: a block per task, one horizontal bar per agent x condition. */
final class TaskBarsChart {
    private static final int BAR = 12;
    private static final int GAP = 3;
    private static final int HEADER = 20;

    private TaskBarsChart() {
    }

    static Chart build(Groups groups, List<SliceSummary> byTask) {
        Map<String, List<SliceSummary>> tasks = new LinkedHashMap<>();
        for (SliceSummary s : byTask) {
            if (s.alignment() != null) {
                tasks.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s);
            }
        }
        int rows = tasks.values().stream().mapToInt(List::size).sum();
        int height = 34 + tasks.size() * HEADER + rows * (BAR + GAP) + 28;
        Frame f = new Frame(560, Math.max(120, height), 140, 34, 40, 28).xDomain(1, 5);
        f.xAxis(new double[] {1, 2, 3, 4, 5}, "%.0f", "Mean alignment (1\u20135)");
        double y = f.plotTop();
        for (Map.Entry<String, List<SliceSummary>> t : tasks.entrySet()) {
            f.shapes.add(new Chart.Label(8, y + 14, Groups.shorten(t.getKey(), 36), "start", "axis-title", null));
            y += HEADER;
            for (SliceSummary s : t.getValue()) {
                String colour = groups.conditionColour(s.condition());
                String tip = String.format(Locale.ROOT, "%s, %s: %s over %d episodes", t.getKey(),
                        Groups.label(s.agent(), s.condition()), Fmt.num(s.alignment(), 2), s.episodes());
                f.shapes.add(new Chart.Label(f.plotLeft() - 6, y + BAR - 2, Groups.shorten(s.agent(), 20), "end",
                        "tick", null));
                double x2 = f.x(s.alignment());
                f.shapes.add(new Chart.Rect(f.plotLeft(), y, Math.max(1, Frame.round(x2 - f.plotLeft())), BAR, colour,
                        tip));
                f.shapes.add(new Chart.Label(x2 + 4, y + BAR - 2, Fmt.num(s.alignment(), 2), "start", "tick", null));
                y += BAR + GAP;
            }
        }
        f.baseline();
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (String c : groups.conditions()) {
            legend.add(new Chart.LegendItem(c, groups.conditionColour(c), "bar"));
        }
        return f.chart("task-bars", "Alignment per task",
                "Mean alignment on each task set; bar colour is the condition, the label the agent.", legend,
                tasks.isEmpty() ? "No scored episodes." : null);
    }
}
