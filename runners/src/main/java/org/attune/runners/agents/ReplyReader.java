package org.attune.runners.agents;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attune.evaluator.EditDistance;
import org.attune.personas.Attribute;

/**
 * Reads a value out of the person's reply about one attribute: the value whose plain-language
 * description the reply contains most completely (ties broken by Jaccard overlap), or null when
 * the person has no preference or nothing fits.
 */
final class ReplyReader {
    private ReplyReader() {
    }

    static String value(Attribute a, String reply) {
        String r = reply.toLowerCase(Locale.ROOT);
        if (r.contains("no strong preference") || r.contains("that is what i am asking")) {
            return null;
        }
        Set<String> replyTokens = words(r);
        String best = null;
        double bestScore = 0.5; // demand at least half of a description's words
        for (String v : a.values()) {
            Set<String> d = words(a.describe(v).toLowerCase(Locale.ROOT));
            if (d.isEmpty()) {
                continue;
            }
            Set<String> inter = new HashSet<>(d);
            inter.retainAll(replyTokens);
            Set<String> union = new HashSet<>(d);
            union.addAll(replyTokens);
            double containment = inter.size() / (double) d.size();
            double score = containment + 0.5 * inter.size() / (double) union.size();
            if (score > bestScore) {
                bestScore = score;
                best = v;
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        List<String> tokens = EditDistance.tokens(s);
        for (String t : tokens) {
            if (Character.isLetterOrDigit(t.charAt(0))) {
                out.add(t);
            }
        }
        return out;
    }
}
