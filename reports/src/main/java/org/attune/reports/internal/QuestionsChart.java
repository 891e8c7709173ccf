package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attune.evaluator.Episode;

/**
 * Mean alignment as a function of how many questions the agent asked, one line per agent x
 * condition that asked questions; a point's area grows with the number of episodes behind it.
 */
final class QuestionsChart {
    private QuestionsChart() {
    }

    static Chart build(Groups groups, List<Episode> episodes) {
        Map<String, TreeMap<Integer, double[]>> series = new LinkedHashMap<>();
        int maxQ = 1;
        int maxN = 1;
        for (Episode e : episodes) {
            if (!EpisodeIndex.usable(e) || e.scores().questions() == null) {
                continue;
            }
            int q = e.scores().questions();
            double[] acc = series.computeIfAbsent(e.agent() + "\u0000" + e.condition(), k -> new TreeMap<>())
                    .computeIfAbsent(q, k -> new double[2]);
            acc[0] += e.scores().alignment();
            acc[1]++;
            maxQ = Math.max(maxQ, q);
            maxN = Math.max(maxN, (int) acc[1]);
        }
        Frame f = new Frame(560, 300, 48, 28, 16, 40).xDomain(0, maxQ).yDomain(1, 5);
        f.yAxis(new double[] {1, 2, 3, 4, 5}, "%.0f", "Alignment (1\u20135)");
        double[] ticks = new double[maxQ + 1];
        for (int i = 0; i <= maxQ; i++) {
            ticks[i] = i;
        }
        f.xAxis(ticks, "%.0f", "Questions asked before answering");
        List<Chart.LegendItem> legend = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, TreeMap<Integer, double[]>> s : series.entrySet()) {
            String[] ac = s.getKey().split("\u0000", 2);
            String colour = groups.agentIndex(ac[0]) >= 0 ? groups.agentColour(ac[0]) : Palette.category(index);
            String marker = Frame.marker(index);
            List<Double> pts = new ArrayList<>();
            for (Map.Entry<Integer, double[]> p : s.getValue().entrySet()) {
                pts.add(f.x(p.getKey()));
                pts.add(f.y(p.getValue()[0] / p.getValue()[1]));
            }
            f.shapes.add(new Chart.Polyline(Frame.points(pts.stream().mapToDouble(Double::doubleValue).toArray()),
                    colour));
            for (Map.Entry<Integer, double[]> p : s.getValue().entrySet()) {
                double n = p.getValue()[1];
                double mean = p.getValue()[0] / n;
                String tip = String.format(Locale.ROOT, "%s, %d question(s): mean alignment %s over %d episodes",
                        Groups.label(ac[0], ac[1]), p.getKey(), Fmt.num(mean, 2), (int) n);
                f.marker(marker, f.x(p.getKey()), f.y(mean), Frame.round(3 + 4 * Math.sqrt(n / maxN)), colour, tip);
            }
            legend.add(new Chart.LegendItem(Groups.label(ac[0], ac[1]), colour, marker));
            index++;
        }
        f.baseline();
        return f.chart("alignment-vs-questions", "Alignment vs questions asked",
                "Mean alignment by the number of questions asked; larger markers stand for more episodes.", legend,
                series.isEmpty() ? "No episode in this run asked questions (no discovery condition)." : null);
    }
}
