package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.evaluator.LongitudinalSummary;

/** The share of rounds the person accepted without an edit, per bin of rounds, one line per learner. */
final class ZeroEditChart {
    private ZeroEditChart() {
    }

    static Chart build(LongitudinalSummary summary) {
        int bins = 1;
        for (LongitudinalSummary.LearnerFigures l : summary.learners()) {
            bins = Math.max(bins, l.zeroEditShare().size());
        }
        int size = summary.binSize();
        Frame f = new Frame(600, 320, 48, 28, 16, 40).xDomain(0.5, bins + 0.5).yDomain(0, 1);
        f.yAxis(new double[] {0, 0.25, 0.5, 0.75, 1}, "%.2f", "Share of rounds accepted unedited");
        for (int b = 1; b <= bins; b++) {
            // every bin is labelled by its last round when there is room, else every other one
            if (bins <= 12 || b % 2 == 0) {
                f.shapes.add(new Chart.Label(f.x(b), f.plotBottom() + 16, String.valueOf(b * size), "middle", "tick",
                        null));
            }
        }
        f.shapes.add(new Chart.Label((f.plotLeft() + f.plotRight()) / 2, f.height - 4,
                "Rounds, in bins of " + size + " (labelled by their last round)", "middle", "axis-title", null));
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < summary.learners().size(); i++) {
            LongitudinalSummary.LearnerFigures l = summary.learners().get(i);
            String colour = Palette.category(i);
            String marker = Frame.marker(i);
            List<Double> pts = new ArrayList<>();
            for (int b = 0; b < l.zeroEditShare().size(); b++) {
                Double share = l.zeroEditShare().get(b);
                if (share != null) {
                    pts.add(f.x(b + 1));
                    pts.add(f.y(share));
                }
            }
            f.shapes.add(new Chart.Polyline(Frame.points(pts.stream().mapToDouble(Double::doubleValue).toArray()),
                    colour));
            for (int b = 0; b < l.zeroEditShare().size(); b++) {
                Double share = l.zeroEditShare().get(b);
                if (share != null) {
                    f.marker(marker, f.x(b + 1), f.y(share), 4, colour, String.format(Locale.ROOT,
                            "%s, rounds %d\u2013%d: %s accepted unedited", l.learner(), b * size + 1, (b + 1) * size,
                            Fmt.pct(share, 0)));
                }
            }
            legend.add(new Chart.LegendItem(l.learner(), colour, marker));
        }
        f.baseline();
        return f.chart("zero-edit-share", "Rounds accepted without an edit",
                "Per bin of " + size + " rounds, the share the person accepted as written. A learner that learns "
                        + "rises from left to right.", legend, null);
    }
}
