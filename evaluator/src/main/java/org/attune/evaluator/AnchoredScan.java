package org.attune.evaluator;

import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;

/**
 * A {@code while (m.find())} loop for a pattern whose every match starts at a place a cheap scan can
 * find (the word "answer", a digit): the pattern is tried only there. The text before each place stays
 * visible to the pattern's look-behind and {@code \b} (transparent bounds), and each search goes on
 * from the end of the previous match, so the matches are the ones the plain loop sees, for patterns
 * that never match the empty string.
 */
public final class AnchoredScan {
    private AnchoredScan() {
    }

    /**
     * Gives {@code found} each match of {@code m} over its whole input, in order.
     *
     * @param startAtOrAfter the first place at or after an index where a match could start, or -1
     */
    public static void each(Matcher m, IntUnaryOperator startAtOrAfter, Consumer<Matcher> found) {
        m.reset();
        int n = m.regionEnd();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = startAtOrAfter.applyAsInt(0); i >= 0; ) {
            m.region(i, n);
            if (m.lookingAt()) {
                found.accept(m);
                i = startAtOrAfter.applyAsInt(m.end());
            } else {
                i = startAtOrAfter.applyAsInt(i + 1);
            }
        }
    }
}
