package org.attune.reports.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.evaluator.Episode;

/**
 * Baseline and candidate episodes matched by key (task|item|persona|condition|agent|epoch, the
 * baseline agent renamed by the agent map), with what did not match.
 *
 * @param matched       both sides present, in key order
 * @param onlyBaseline  keys (after renaming) found only in the baseline
 * @param onlyCandidate keys found only in the candidate
 */
record EpisodePairs(List<Pair> matched, List<String> onlyBaseline, List<String> onlyCandidate) {

    /** One matched episode; {@code key} is the candidate's key. */
    record Pair(String key, Episode baseline, Episode candidate) {
        /** The (item, persona) cluster: task|item|persona. */
        String cluster() {
            return candidate.pairKey();
        }

        String condition() {
            return candidate.condition();
        }

        /** The candidate's agent label (the baseline's after the agent map). */
        String agent() {
            return candidate.agent();
        }

        /** Both sides finished with scores. */
        boolean usable() {
            return !baseline.failed() && !candidate.failed() && baseline.scores() != null && candidate.scores() != null;
        }

        /** Whether the two sides drew the same active preferences (same attributes and values). */
        boolean samePreferences() {
            return signature(baseline).equals(signature(candidate));
        }

        private static List<String> signature(Episode e) {
            return e.preferences().stream().map(p -> p.attribute() + "=" + p.value()).sorted().toList();
        }
    }

    static EpisodePairs match(List<Episode> baseline, List<Episode> candidate, AgentMap agents) {
        Map<String, Episode> base = new LinkedHashMap<>();
        for (Episode e : baseline) {
            base.put(key(e, agents.apply(e.agent())), e);
        }
        Map<String, Episode> cand = new TreeMap<>();
        for (Episode e : candidate) {
            cand.put(key(e, e.agent()), e);
        }
        List<Pair> matched = new ArrayList<>();
        List<String> onlyCandidate = new ArrayList<>();
        cand.forEach((k, e) -> {
            Episode b = base.remove(k);
            if (b == null) {
                onlyCandidate.add(k);
            } else {
                matched.add(new Pair(k, b, e));
            }
        });
        List<String> onlyBaseline = new ArrayList<>(new TreeMap<>(base).keySet());
        return new EpisodePairs(matched, onlyBaseline, onlyCandidate);
    }

    /** The key with the given agent label; longitudinal lines keep their recorded key. */
    private static String key(Episode e, String agent) {
        if (e.learner() != null) {
            return e.key();
        }
        return Episode.key(e.task(), e.item(), e.persona(), e.condition(), agent, e.epoch());
    }

    List<Pair> usable() {
        return matched.stream().filter(Pair::usable).toList();
    }
}
