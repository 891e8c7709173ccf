package org.attune.reports.gate;

import java.util.Locale;

/** Formats gate figures the same way in Markdown, console and JUnit output. */
final class Figures {
    private Figures() {
    }

    /** A metric value: shares as percentages, scores to three decimals. */
    static String value(boolean share, Double v) {
        if (v == null) {
            return "n/a";
        }
        return share ? String.format(Locale.ROOT, "%.1f%%", v * 100) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A change: signed, in percentage points for shares. */
    static String delta(boolean share, Double v) {
        if (v == null) {
            return "n/a";
        }
        return share ? String.format(Locale.ROOT, "%+.1f pp", v * 100) : String.format(Locale.ROOT, "%+.3f", v);
    }

    static String interval(boolean share, Double lo, Double hi) {
        if (lo == null || hi == null) {
            return "n/a";
        }
        return share ? String.format(Locale.ROOT, "[%+.1f, %+.1f] pp", lo * 100, hi * 100)
                : String.format(Locale.ROOT, "[%+.3f, %+.3f]", lo, hi);
    }

    static String threshold(boolean share, double t) {
        return share ? String.format(Locale.ROOT, "%.1f pp", t * 100) : String.format(Locale.ROOT, "%.3f", t);
    }

    static String metric(MetricResult m) {
        if (m.delta() == null && m.note() != null) {
            return m.comparison() + " " + m.id() + " (" + m.note() + ")";
        }
        return m.comparison() + " " + m.id() + " " + delta(m.share(), m.delta()) + " " + interval(m.share(), m.lo(), m.hi());
    }

    static String attribute(AttributeChange a) {
        return a.agent() + " " + a.attribute() + " " + delta(false, a.delta()) + " " + interval(false, a.lo(), a.hi());
    }
}
