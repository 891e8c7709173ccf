package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plot area with linear scales and the shapes drawn so far; chart builders place data with
 * {@link #x(double)} and {@link #y(double)}. Coordinates are rounded to 0.1 px to keep pages small.
 */
final class Frame {
    final int width;
    final int height;
    final double left;
    final double top;
    final double right;
    final double bottom;
    private double x0 = 0;
    private double x1 = 1;
    private double y0 = 0;
    private double y1 = 1;
    final List<Chart.Shape> shapes = new ArrayList<>();

    Frame(int width, int height, double left, double top, double right, double bottom) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    Frame xDomain(double lo, double hi) {
        x0 = lo;
        x1 = hi == lo ? lo + 1 : hi;
        return this;
    }

    Frame yDomain(double lo, double hi) {
        y0 = lo;
        y1 = hi == lo ? lo + 1 : hi;
        return this;
    }

    double plotLeft() {
        return left;
    }

    double plotRight() {
        return width - right;
    }

    double plotTop() {
        return top;
    }

    double plotBottom() {
        return height - bottom;
    }

    double x(double v) {
        return round(left + (v - x0) / (x1 - x0) * (plotRight() - left));
    }

    double y(double v) {
        return round(plotBottom() - (v - y0) / (y1 - y0) * (plotBottom() - top));
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Horizontal grid lines and labels at the given values, with an axis title on the left. */
    void yAxis(double[] ticks, String format, String title) {
        for (double t : ticks) {
            shapes.add(new Chart.Line(left, y(t), plotRight(), y(t), null, "grid"));
            shapes.add(new Chart.Label(left - 6, y(t) + 4, String.format(Locale.ROOT, format, t), "end", "tick", null));
        }
        if (title != null) {
            shapes.add(new Chart.Label(4, top - 8, title, "start", "axis-title", null));
        }
    }

    /** Vertical grid lines and labels at the given values, with an axis title under the plot. */
    void xAxis(double[] ticks, String format, String title) {
        for (double t : ticks) {
            shapes.add(new Chart.Line(x(t), top, x(t), plotBottom(), null, "grid"));
            shapes.add(new Chart.Label(x(t), plotBottom() + 16, String.format(Locale.ROOT, format, t), "middle",
                    "tick", null));
        }
        if (title != null) {
            shapes.add(new Chart.Label((left + plotRight()) / 2, height - 4, title, "middle", "axis-title", null));
        }
    }

    void baseline() {
        shapes.add(new Chart.Line(left, plotBottom(), plotRight(), plotBottom(), null, "axis"));
    }

    /** A marker of the given shape centred on (cx, cy), so series differ by more than colour. */
    void marker(String marker, double cx, double cy, double r, String fill, String title) {
        switch (marker) {
            case "square" -> shapes.add(new Chart.Polygon(points(cx - r, cy - r, cx + r, cy - r, cx + r, cy + r,
                    cx - r, cy + r), fill, title));
            case "diamond" -> shapes.add(new Chart.Polygon(points(cx, cy - r * 1.3, cx + r * 1.3, cy, cx,
                    cy + r * 1.3, cx - r * 1.3, cy), fill, title));
            case "triangle" -> shapes.add(new Chart.Polygon(points(cx, cy - r * 1.3, cx + r * 1.2, cy + r,
                    cx - r * 1.2, cy + r), fill, title));
            default -> shapes.add(new Chart.Dot(cx, cy, r, fill, title));
        }
    }

    static String marker(int index) {
        return switch (Math.floorMod(index, 4)) {
            case 0 -> "circle";
            case 1 -> "square";
            case 2 -> "diamond";
            default -> "triangle";
        };
    }

    static String points(double... xy) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(round(xy[i])).append(',').append(round(xy[i + 1]));
        }
        return sb.toString();
    }

    Chart chart(String name, String title, String caption, List<Chart.LegendItem> legend, String note) {
        return new Chart(name, title, caption, width, height, shapes, legend, note);
    }
}
