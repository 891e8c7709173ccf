package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.attune.evaluator.SliceSummary;

/**
 * Mean criterion score per attribute (rows, weakest first) and agent x condition (columns), on
 * the viridis ramp with the figure printed in each cell.
 */
final class HeatmapChart {
    private static final int CELL_W = 58;
    private static final int CELL_H = 20;
    private static final int LEFT = 170;
    private static final int TOP = 52;

    private HeatmapChart() {
    }

    static Chart build(Groups groups, List<SliceSummary> byAttribute, Function<String, String> attributeName) {
        Map<String, Map<String, SliceSummary>> cells = new LinkedHashMap<>();
        Map<String, double[]> overall = new HashMap<>();
        for (SliceSummary s : byAttribute) {
            if (s.alignment() == null) {
                continue;
            }
            cells.computeIfAbsent(s.id(), k -> new HashMap<>()).put(s.agent() + "\u0000" + s.condition(), s);
            double[] acc = overall.computeIfAbsent(s.id(), k -> new double[2]);
            acc[0] += s.alignment() * s.episodes();
            acc[1] += s.episodes();
        }
        List<String> rows = new ArrayList<>(cells.keySet());
        rows.sort(Comparator.comparingDouble((String id) -> overall.get(id)[0] / overall.get(id)[1])
                .thenComparing(id -> id));
        List<String[]> columns = new ArrayList<>();
        for (String agent : groups.agents()) {
            for (String condition : groups.conditions()) {
                if (groups.find(agent, condition) != null) {
                    columns.add(new String[] {agent, condition});
                }
            }
        }
        int width = LEFT + Math.max(1, columns.size()) * CELL_W + 10;
        int height = TOP + Math.max(1, rows.size()) * CELL_H + 10;
        Frame f = new Frame(width, height, LEFT, TOP, 10, 10);
        int col = 0;
        String previousAgent = null;
        for (String[] c : columns) {
            double x = LEFT + col * CELL_W;
            if (!c[0].equals(previousAgent)) {
                long span = columns.stream().filter(o -> o[0].equals(c[0])).count();
                f.shapes.add(new Chart.Label(Frame.round(x + span * CELL_W / 2.0), 18,
                        Groups.shorten(c[0], (int) (span * CELL_W / 7)), "middle", "axis-title", null));
                f.shapes.add(new Chart.Line(x + 2, 24, x + span * CELL_W - 2, 24, null, "axis"));
                previousAgent = c[0];
            }
            f.shapes.add(new Chart.Label(Frame.round(x + CELL_W / 2.0), TOP - 8, Groups.shorten(c[1], 9), "middle",
                    "tick", null));
            col++;
        }
        for (int r = 0; r < rows.size(); r++) {
            String id = rows.get(r);
            double y = TOP + r * CELL_H;
            f.shapes.add(new Chart.Label(LEFT - 6, y + CELL_H - 6, Groups.shorten(attributeName.apply(id), 26), "end",
                    "tick", null));
            for (int c = 0; c < columns.size(); c++) {
                SliceSummary s = cells.get(id).get(columns.get(c)[0] + "\u0000" + columns.get(c)[1]);
                if (s == null) {
                    continue;
                }
                double t = (s.alignment() - 1) / 4;
                double x = LEFT + c * CELL_W;
                String tip = String.format(Locale.ROOT, "%s, %s: mean score %s over %d episodes; below 5 in %s",
                        attributeName.apply(id), Groups.label(s.agent(), s.condition()), Fmt.num(s.alignment(), 2),
                        s.episodes(), Fmt.pct(s.violationRate(), 0));
                f.shapes.add(new Chart.Rect(x + 1, y + 1, CELL_W - 2, CELL_H - 2, Palette.ramp(t), tip));
                f.shapes.add(new Chart.Label(Frame.round(x + CELL_W / 2.0), y + CELL_H - 6, Fmt.num(s.alignment(), 1),
                        "middle", "cell", Palette.darkTextOn(t) ? "#111111" : "#ffffff"));
            }
        }
        List<Chart.LegendItem> legend = List.of(
                new Chart.LegendItem("1 (not met)", Palette.ramp(0), "bar"),
                new Chart.LegendItem("3", Palette.ramp(0.5), "bar"),
                new Chart.LegendItem("5 (fully met)", Palette.ramp(1), "bar"));
        String note = rows.isEmpty() ? "No criterion scores in this run." : null;
        return f.chart("criterion-heatmap", "Criterion scores by attribute",
                "Mean criterion score (1\u20135) per attribute and agent \u00b7 condition; weakest attributes first.",
                legend, note);
    }
}
