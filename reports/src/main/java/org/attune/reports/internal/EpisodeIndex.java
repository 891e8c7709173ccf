package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.api.Match;
import org.attune.api.Turn;
import org.attune.evaluator.Episode;
import org.attune.evaluator.Summarizer;

/**
 * Facts about single episodes that need the rest of the run: the page each lives on, its
 * siblings (same item and persona under other conditions, agents and epochs), whether it aligned
 * worse than the same agent's generic answer, and which active attributes its dialogue asked about.
 */
public final class EpisodeIndex {
    private static final Comparator<String> NULLS = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Orders episodes the way every page lists them: task, item, persona, agent, condition, epoch. */
    public static final Comparator<Episode> ORDER = Comparator.comparing(Episode::task, NULLS)
            .thenComparing(Episode::item, NULLS)
            .thenComparing(Episode::persona, NULLS)
            .thenComparing(Episode::agent, NULLS)
            .thenComparing(e -> Summarizer.conditionRank(e.condition()))
            .thenComparing(Episode::condition, NULLS)
            .thenComparingInt(Episode::epoch)
            .thenComparingInt(e -> e.round() == null ? 0 : e.round()) // round 4 before round 31
            .thenComparing(Episode::key, NULLS);

    private final List<Episode> episodes;
    private final Map<String, List<Episode>> byPair = new HashMap<>();
    private final Map<String, double[]> genericByAgentPair = new HashMap<>();

    public EpisodeIndex(List<Episode> all) {
        List<Episode> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        this.episodes = List.copyOf(sorted);
        Map<String, String> pages = new HashMap<>();
        for (Episode e : episodes) {
            String previous = pages.put(PageNames.hash(e.key()), e.key());
            if (previous != null) {
                throw new IllegalStateException("episode page name collision: " + previous + " and " + e.key());
            }
            byPair.computeIfAbsent(e.pairKey(), k -> new ArrayList<>()).add(e);
            if (Summarizer.GENERIC.equals(e.condition()) && usable(e)) {
                double[] acc = genericByAgentPair.computeIfAbsent(e.agent() + "\u0000" + e.pairKey(), k -> new double[2]);
                acc[0] += e.scores().alignment();
                acc[1]++;
            }
        }
    }

    public List<Episode> episodes() {
        return episodes;
    }

    public static boolean usable(Episode e) {
        return !e.failed() && e.scores() != null && e.scores().alignment() != null;
    }

    /** Every episode of the same item and persona, this one included, in {@link #ORDER}. */
    public List<Episode> siblings(Episode e) {
        return byPair.getOrDefault(e.pairKey(), List.of());
    }

    /** The same agent's mean generic alignment on this pair, or null. */
    public Double genericAlignment(Episode e) {
        double[] acc = genericByAgentPair.get(e.agent() + "\u0000" + e.pairKey());
        return acc == null ? null : acc[0] / acc[1];
    }

    /**
     * Whether this episode aligned worse than the same agent's generic answer on the same pair
     * (SPEC §3, compared per pair as the summary does); null for generic episodes, errors and pairs
     * without a generic answer.
     */
    public Boolean worseThanGeneric(Episode e) {
        if (Summarizer.GENERIC.equals(e.condition()) || !usable(e)) {
            return null;
        }
        Double g = genericAlignment(e);
        return g == null ? null : e.scores().alignment() < g - 1e-9;
    }

    /** Attributes some user turn was matched to, in order of first appearance. */
    public static Set<String> matched(Episode e) {
        Set<String> out = new LinkedHashSet<>();
        for (Turn t : e.turns()) {
            if (Turn.USER.equals(t.role())) {
                for (Match m : t.matched()) {
                    out.add(m.attribute());
                }
            }
        }
        return out;
    }

    /** Whether an active attribute of a discovery episode was asked about (matched by some user turn). */
    public static boolean asked(Episode e, String attribute) {
        return matched(e).contains(attribute);
    }
}
