package org.attune.reports.internal;

import java.util.Locale;

/** Plain-text number formats shared by the pages, the Markdown summary and the reading. */
public final class Fmt {
    public static final String NONE = "\u2013";
    private static final String MINUS = "\u2212";

    private Fmt() {
    }

    public static String num(Double v, int digits) {
        if (v == null || v.isNaN()) {
            return NONE;
        }
        String s = fixed(v, digits);
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
    }

    /**
     * {@code String.format(Locale.ROOT, "%.Nf", v)} without a Formatter (pages format thousands of
     * numbers): half-up on the shortest decimal form of v, as the Formatter rounds, sign of -0 kept.
     */
    static String fixed(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || digits < 0) {
            return String.format(Locale.ROOT, "%." + digits + "f", v);
        }
        String s = java.math.BigDecimal.valueOf(Math.abs(v)).setScale(digits, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        return Double.doubleToRawLongBits(v) < 0 ? "-" + s : s;
    }

    public static String pct(Double share, int digits) {
        return share == null || share.isNaN() ? NONE : num(share * 100, digits) + "%";
    }

    public static String signed(Double v, int digits) {
        if (v == null || v.isNaN()) {
            return NONE;
        }
        String s = num(Math.abs(v), digits);
        double rounded = Double.parseDouble(fixed(Math.abs(v), digits));
        return (rounded == 0 ? "\u00b1" : v > 0 ? "+" : MINUS) + s;
    }

    public static String signedPoints(Double share, int digits) {
        return share == null || share.isNaN() ? NONE : signed(share * 100, digits) + " pts";
    }

    /** Alignment on 1-5 shown as (A-1)/4 in percent (SPEC §3). */
    public static String alignmentPct(Double alignment) {
        return alignment == null || alignment.isNaN() ? NONE : pct((alignment - 1) / 4, 0);
    }

    /** A plain decimal for an attribute value used in sorting; empty when missing. */
    public static String sortKey(Double v) {
        return v == null || v.isNaN() ? "" : fixed(v, 6);
    }
}
