package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.evaluator.LongitudinalSummary;

/**
 * The longitudinal mode's headline: cumulative edit cost over the rounds, one line per learner (mean over
 * persona streams), with a marker at the end of every bin so learners differ by more than colour.
 */
final class CumulativeCostChart {
    private CumulativeCostChart() {
    }

    /** The learners' lines again without {@code none}, when its cost dwarfs theirs (more than five times). */
    static Chart zoomed(LongitudinalSummary summary) {
        double none = 0;
        double others = 0;
        for (LongitudinalSummary.LearnerFigures f : summary.learners()) {
            double last = f.cumulative().isEmpty() ? 0 : f.cumulative().get(f.cumulative().size() - 1);
            if (f.learner().equals("none")) {
                none = last;
            } else {
                others = Math.max(others, last);
            }
        }
        if (none <= 5 * others || summary.learners().size() < 2) {
            return null;
        }
        return draw(summary, true, "cumulative-edit-cost-learners", "Cumulative edit cost, learners only",
                "The same curves without none, whose cost would flatten them: how much each learner still paid "
                        + "while it learned.");
    }

    static Chart build(LongitudinalSummary summary) {
        return draw(summary, false, "cumulative-edit-cost", "Cumulative edit cost",
                "Word edits the person made, summed from the first round on; mean over personas. Lower is better; "
                        + "a line that flattens has stopped making the person edit.");
    }

    private static Chart draw(LongitudinalSummary summary, boolean withoutNone, String name, String title,
                              String caption) {
        int rounds = 1;
        double max = 1;
        for (LongitudinalSummary.LearnerFigures f : summary.learners()) {
            if (withoutNone && f.learner().equals("none")) {
                continue;
            }
            rounds = Math.max(rounds, f.cumulative().size());
            for (double v : f.cumulative()) {
                max = Math.max(max, v);
            }
        }
        double yStep = Ticks.step(max, 5);
        double top = Ticks.top(max, yStep);
        double xStep = Ticks.step(rounds, 10);
        Frame f = new Frame(600, 320, 56, 28, 16, 40).xDomain(0, Ticks.top(rounds, xStep)).yDomain(0, top);
        f.yAxis(Ticks.upTo(top, yStep), "%.0f", "Cumulative word edits");
        f.xAxis(Ticks.upTo(Ticks.top(rounds, xStep), xStep), "%.0f", "Round");
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < summary.learners().size(); i++) {
            LongitudinalSummary.LearnerFigures l = summary.learners().get(i);
            if (withoutNone && l.learner().equals("none")) {
                continue;
            }
            String colour = Palette.category(i);
            String marker = Frame.marker(i);
            double[] pts = new double[2 * (l.cumulative().size() + 1)];
            pts[0] = f.x(0);
            pts[1] = f.y(0);
            for (int r = 0; r < l.cumulative().size(); r++) {
                pts[2 * r + 2] = f.x(r + 1);
                pts[2 * r + 3] = f.y(l.cumulative().get(r));
            }
            f.shapes.add(new Chart.Polyline(Frame.points(pts), colour));
            for (int r = summary.binSize(); r <= l.cumulative().size(); r += summary.binSize()) {
                mark(f, l, r, marker, colour);
            }
            if (l.cumulative().size() % summary.binSize() != 0 && !l.cumulative().isEmpty()) {
                mark(f, l, l.cumulative().size(), marker, colour);
            }
            legend.add(new Chart.LegendItem(l.learner(), colour, marker));
        }
        f.baseline();
        return f.chart(name, title, caption, legend, null);
    }

    private static void mark(Frame f, LongitudinalSummary.LearnerFigures l, int round, String marker, String colour) {
        double v = l.cumulative().get(round - 1);
        f.marker(marker, f.x(round), f.y(v), 4, colour, String.format(Locale.ROOT,
                "%s: %s word edits by round %d (mean over %d persona streams)", l.learner(), Fmt.num(v, 0), round,
                l.streams()));
    }
}
