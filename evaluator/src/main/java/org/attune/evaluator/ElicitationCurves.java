package org.attune.evaluator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds summary.json's {@code elicitation} curves from the groups of a budget sweep ({@code discovery@N}). */
final class ElicitationCurves {
    private static final Pattern SWEPT = Pattern.compile("discovery@(\\d+)");

    /** Computes a bootstrap interval of a per-episode figure over (item, persona) clusters. */
    interface Intervals {
        Interval of(List<Episode> episodes, Function<Scores, Double> figure, String stream);
    }

    private ElicitationCurves() {
    }

    /** The budget of a swept discovery condition label, or null for any other condition. */
    static Integer budget(String condition) {
        Matcher m = SWEPT.matcher(condition);
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    static List<ElicitationSummary> of(List<GroupSummary> groups, Map<String, List<Episode>> byGroup,
                                       Intervals intervals) {
        List<ElicitationSummary> out = new ArrayList<>();
        for (GroupSummary g : groups) {
            Integer budget = budget(g.condition());
            if (budget == null) {
                continue;
            }
            List<Episode> ok = byGroup.getOrDefault(g.agent() + "\u0000" + g.condition(), List.of()).stream()
                    .filter(e -> !e.failed() && e.scores() != null).toList();
            Interval recall = intervals.of(ok, Scores::recall, "elicitation|" + g.agent() + "|" + g.condition());
            double[] profile = profileFigures(ok);
            out.add(new ElicitationSummary(g.agent(), budget, g.condition(), g.episodes(), g.alignment(), recall,
                    profile == null ? null : profile[0], profile == null ? null : profile[1]));
        }
        out.sort(Comparator.comparing(ElicitationSummary::agent).thenComparingInt(ElicitationSummary::budget));
        return out;
    }

    /**
     * Mean precision and recall of the acted-on profiles against the active attribute = value pairs; null when
     * no episode records a profile. Precision leaves out episodes with an empty profile (it is undefined there).
     */
    static double[] profileFigures(List<Episode> episodes) {
        if (episodes.stream().allMatch(e -> e.predictedProfile().isEmpty())) {
            return null;
        }
        double precision = 0;
        int withProfile = 0;
        double recall = 0;
        int withActive = 0;
        for (Episode e : episodes) {
            Map<String, String> active = new HashMap<>();
            e.preferences().forEach(p -> active.put(p.attribute(), p.value()));
            long hits = e.predictedProfile().stream()
                    .filter(p -> p.value() != null && p.value().equals(active.get(p.attribute()))).count();
            if (!e.predictedProfile().isEmpty()) {
                precision += hits / (double) e.predictedProfile().size();
                withProfile++;
            }
            if (!active.isEmpty()) {
                recall += hits / (double) active.size();
                withActive++;
            }
        }
        return new double[] {withProfile == 0 ? 0 : precision / withProfile, withActive == 0 ? 0 : recall / withActive};
    }
}
