package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.Summarizer;
import org.attune.evaluator.Summary;

/** The agents and conditions of a run in display order, and small helpers shared by the pages. */
public record Groups(List<String> agents, List<String> conditions, List<GroupSummary> all) {

    public static Groups of(Summary summary) {
        Set<String> agents = new LinkedHashSet<>();
        Set<String> conditions = new LinkedHashSet<>();
        for (GroupSummary g : summary.groups()) {
            agents.add(g.agent());
            conditions.add(g.condition());
        }
        List<String> conds = new ArrayList<>(conditions);
        conds.sort(Comparator.comparingInt(Summarizer::conditionRank).thenComparing(c -> c));
        return new Groups(List.copyOf(agents), List.copyOf(conds), summary.groups());
    }

    public int agentIndex(String agent) {
        return agents.indexOf(agent);
    }

    public int conditionIndex(String condition) {
        return conditions.indexOf(condition);
    }

    public String agentColour(String agent) {
        return Palette.category(agentIndex(agent));
    }

    public String conditionColour(String condition) {
        return Palette.condition(condition, conditionIndex(condition));
    }

    public String conditionMarker(String condition) {
        return Frame.marker(conditionIndex(condition));
    }

    public GroupSummary find(String agent, String condition) {
        for (GroupSummary g : all) {
            if (g.agent().equals(agent) && g.condition().equals(condition)) {
                return g;
            }
        }
        return null;
    }

    /** "agent · condition", the name of one leaderboard row. */
    public static String label(String agent, String condition) {
        return agent + " \u00b7 " + condition;
    }

    /** Shortens a label for a chart axis; the full text stays in the tooltip. */
    public static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "\u2026";
    }
}
