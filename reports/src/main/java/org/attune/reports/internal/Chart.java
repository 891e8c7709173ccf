package org.attune.reports.internal;

import java.util.List;

/**
 * An inline SVG chart as data: the template {@code chart.peb} turns the shapes into markup, so
 * every label from the run is escaped like any other text.
 *
 * @param name    the {@code data-chart} attribute of the root {@code <svg>}
 * @param caption one sentence saying what the chart shows, also the SVG's accessible name
 */
public record Chart(String name, String title, String caption, int width, int height, List<Shape> shapes,
                    List<LegendItem> legend, String note) {

    public Chart {
        shapes = List.copyOf(shapes);
        legend = List.copyOf(legend);
    }

    /** A legend entry; {@code marker} is one of circle, square, diamond, triangle, bar. */
    public record LegendItem(String label, String colour, String marker) {
    }

    /** Something drawn; {@code kind} selects the SVG element. */
    public sealed interface Shape permits Rect, Line, Dot, Polygon, Polyline, Label {
        String kind();
    }

    public record Rect(double x, double y, double w, double h, String fill, String title) implements Shape {
        public String kind() {
            return "rect";
        }
    }

    /** {@code style} is a CSS class: axis, grid, whisker or ref. */
    public record Line(double x1, double y1, double x2, double y2, String stroke, String style) implements Shape {
        public String kind() {
            return "line";
        }
    }

    public record Dot(double cx, double cy, double r, String fill, String title) implements Shape {
        public String kind() {
            return "dot";
        }
    }

    public record Polygon(String points, String fill, String title) implements Shape {
        public String kind() {
            return "polygon";
        }
    }

    public record Polyline(String points, String stroke) implements Shape {
        public String kind() {
            return "polyline";
        }
    }

    /** Text; {@code anchor} is start, middle or end; {@code style} a CSS class (tick, axis-title, cell). */
    public record Label(double x, double y, String text, String anchor, String style, String fill) implements Shape {
        public String kind() {
            return "label";
        }
    }
}
