package org.attune.personas.util;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The closest known name to a mistyped one, for usage errors ({@code --suite Quick}: did you mean
 * "quick"?). Close means an edit distance (commons-text Levenshtein, case ignored) of at most a third
 * of the name, and at least 1 or 2 for short names; otherwise there is no suggestion.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    public static Optional<String> closest(String given, Collection<String> known) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String g = given.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = LevenshteinDistance.getDefaultInstance().apply(g, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(g.length() <= 4 ? 1 : 2, g.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean \"x\"?"} when a known name is close, else the empty string. */
    public static String hint(String given, Collection<String> known) {
        return closest(given, known).map(k -> "; did you mean \"" + k + "\"?").orElse("");
    }
}
