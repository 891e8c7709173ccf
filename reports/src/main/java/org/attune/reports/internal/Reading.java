package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.Summarizer;
import org.attune.evaluator.Summary;

/** A few plain-language sentences stating the main result of a run, for the top of the overview. */
public final class Reading {
    private static final int MAX_GAIN_SENTENCES = 4;

    private Reading() {
    }

    public static List<String> sentences(Summary summary, Groups groups, List<Breakdowns.AttributeRow> attributes) {
        List<String> out = new ArrayList<>();
        List<GroupSummary> scored = groups.all().stream().filter(g -> g.alignment().mean() != null).toList();
        if (scored.isEmpty()) {
            out.add("No episode has been scored yet, so there is no result to read.");
        } else {
            best(scored, out);
            gains(scored, out);
        }
        attributes.stream().filter(a -> a.missed() != null && a.occurrences() >= 3)
                .max(Comparator.comparingDouble(Breakdowns.AttributeRow::missed))
                .filter(a -> a.missed() > 0)
                .ifPresent(a -> out.add("Most often missed while asking: " + a.name() + ", never asked about in "
                        + Fmt.pct(a.missed(), 0) + " of the discovery episodes where it mattered."));
        attributes.stream().filter(a -> a.violated() != null && a.occurrences() >= 3)
                .max(Comparator.comparingDouble(Breakdowns.AttributeRow::violated))
                .filter(a -> a.violated() > 0)
                .ifPresent(a -> out.add("Most often violated: " + a.name() + ", below full marks in "
                        + Fmt.pct(a.violated(), 0) + " of the episodes where it was active."));
        out.add(summary.errors() == 0 ? "No episode ended in an error."
                : summary.errors() + " of " + summary.episodes()
                + " episodes ended in an error and are left out of every figure.");
        return out;
    }

    private static void best(List<GroupSummary> scored, List<String> out) {
        List<GroupSummary> personalized = scored.stream().filter(Reading::personalized).toList();
        List<GroupSummary> pool = personalized.isEmpty() ? scored : personalized;
        List<GroupSummary> ranked = new ArrayList<>(pool);
        ranked.sort(Comparator.comparingDouble((GroupSummary g) -> g.alignment().mean()).reversed());
        GroupSummary top = ranked.get(0);
        StringBuilder s = new StringBuilder(personalized.isEmpty() ? "Highest alignment: " : "Best personalized alignment: ")
                .append(top.agent()).append(" under ").append(top.condition()).append(", ")
                .append(Fmt.num(top.alignment().mean(), 2)).append(" on the 1\u20135 scale (")
                .append(Fmt.alignmentPct(top.alignment().mean())).append(")");
        if (top.alignment().lo() != null) {
            s.append(" with a 95% interval of ").append(Fmt.num(top.alignment().lo(), 2)).append("\u2013")
                    .append(Fmt.num(top.alignment().hi(), 2));
        }
        Optional<GroupSummary> next = ranked.stream().skip(1).filter(g -> !g.agent().equals(top.agent())).findFirst();
        if (next.isPresent()) {
            GroupSummary n = next.get();
            s.append("; next is ").append(n.agent()).append(" under ").append(n.condition()).append(" at ")
                    .append(Fmt.num(n.alignment().mean(), 2));
            if (top.alignment().lo() != null && n.alignment().hi() != null && n.alignment().hi() >= top.alignment().lo()) {
                s.append(", and their intervals overlap, so the lead is not clear-cut");
            }
        }
        out.add(s.append('.').toString());
    }

    private static void gains(List<GroupSummary> scored, List<String> out) {
        int written = 0;
        for (GroupSummary g : scored) {
            if (!personalized(g) || g.worseThanGenericRate() == null || written >= MAX_GAIN_SENTENCES) {
                continue;
            }
            StringBuilder s = new StringBuilder(g.agent()).append(" under ").append(g.condition());
            if (g.normalizedGain() != null) {
                s.append(" closes ").append(Fmt.pct(g.normalizedGain(), 0))
                        .append(" of the gap between its generic and oracle answers; ");
            } else {
                s.append(": ");
            }
            s.append(Fmt.pct(g.worseThanGenericRate(), 0))
                    .append(" of its item\u2013persona pairs align worse than its generic answer");
            if (g.accuracyDelta() != null) {
                s.append(", and accuracy changes by ").append(Fmt.signedPoints(g.accuracyDelta(), 1));
            }
            out.add(s.append('.').toString());
            written++;
        }
    }

    private static boolean personalized(GroupSummary g) {
        return !g.condition().equals(Summarizer.GENERIC) && !g.condition().equals(Summarizer.ORACLE);
    }
}
