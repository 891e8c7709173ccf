package org.attune.runners.engine;

import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.attune.personas.InvalidInputException;

/**
 * The message for a spec whose provider prefix nothing serves: {@code unknown provider 'opnai' in
 * --agent; did you mean 'openai'? known: ...} (the closest known prefix within two edits).
 */
final class UnknownProvider {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    private UnknownProvider() {
    }

    /** @param known the schemes the discovered providers serve */
    static InvalidInputException of(String option, String spec, List<String> known) {
        String prefix = spec.substring(0, spec.indexOf(':'));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = DISTANCE.apply(prefix.toLowerCase(java.util.Locale.ROOT), k);
            if (d >= 0 && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return new InvalidInputException("unknown provider '" + prefix + "' in " + option
                + (best == null ? ";" : "; did you mean '" + best + "'?") + " known: " + String.join(", ", known));
    }
}
