package org.attune.reports.internal;

import java.util.List;
import java.util.Locale;

/**
 * Colours that stay distinguishable with the common colour-vision deficiencies: the Okabe-Ito
 * set for categories and a viridis ramp for magnitudes. Charts never rely on colour alone: markers,
 * labels and tooltips carry the same information.
 */
public final class Palette {
    /** Okabe-Ito, with yellow last because it is faint on white. */
    public static final List<String> CATEGORICAL = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442");
    private static final int[][] VIRIDIS = {
            {0x44, 0x01, 0x54}, {0x3b, 0x52, 0x8b}, {0x21, 0x91, 0x8c}, {0x5e, 0xc9, 0x62}, {0xfd, 0xe7, 0x25}};

    private Palette() {
    }

    public static String category(int index) {
        return CATEGORICAL.get(Math.floorMod(index, CATEGORICAL.size()));
    }

    /** A fixed colour per known condition, so every chart shows a condition the same way. */
    public static String condition(String condition, int fallbackIndex) {
        return switch (condition) {
            case "generic" -> "#8F8F8F";
            case "persona" -> "#CC79A7";
            case "discovery" -> "#E69F00";
            case "oracle" -> "#0072B2";
            default -> category(fallbackIndex + 2);
        };
    }

    /** Viridis at t in [0,1]. */
    public static String ramp(double t) {
        double c = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) Math.floor(c), VIRIDIS.length - 2);
        double f = c - i;
        int[] a = VIRIDIS[i];
        int[] b = VIRIDIS[i + 1];
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(a[0] + f * (b[0] - a[0])), Math.round(a[1] + f * (b[1] - a[1])),
                Math.round(a[2] + f * (b[2] - a[2])));
    }

    /** Whether text on {@link #ramp(double)} at t should be dark (the light end of viridis). */
    public static boolean darkTextOn(double t) {
        return t > 0.62;
    }
}
