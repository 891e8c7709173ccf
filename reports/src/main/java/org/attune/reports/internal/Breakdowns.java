package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attune.api.CriterionScore;
import org.attune.evaluator.Episode;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.SliceSummary;

/**
 * The per-task, per-persona and per-attribute tables of the overview: one row per slice, one
 * column per agent x condition. Attribute rows come most-often-missed-or-violated first.
 */
public final class Breakdowns {
    private Breakdowns() {
    }

    /** A column: one agent x condition. */
    public record Column(String agent, String condition) {
        public String label() {
            return Groups.label(agent, condition);
        }
    }

    /** A header cell spanning one agent's columns. */
    public record ColumnGroup(String agent, int span) {
    }

    /** Consecutive columns of the same agent, for a two-row table header. */
    public static List<ColumnGroup> groupsOf(List<Column> columns) {
        List<ColumnGroup> out = new ArrayList<>();
        for (Column c : columns) {
            ColumnGroup last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.agent().equals(c.agent())) {
                out.set(out.size() - 1, new ColumnGroup(last.agent(), last.span() + 1));
            } else {
                out.add(new ColumnGroup(c.agent(), 1));
            }
        }
        return out;
    }

    /** A slice row; {@code cells} align with the table's columns (null where a slice has no figures). */
    public record Row(String id, String name, List<SliceSummary> cells) {
    }

    public record Table(List<Column> columns, List<Row> rows) {
    }

    /**
     * An attribute row: how often the attribute was active, the share of those times its criterion
     * scored below 5 (violated), the share of discovery episodes that never asked about it (missed),
     * and the share with either problem.
     */
    public record AttributeRow(String id, String name, String category, int occurrences, Double violated,
                               Double missed, double problem, List<SliceSummary> cells) {
    }

    public static List<Column> columns(Groups groups) {
        List<Column> out = new ArrayList<>();
        for (String agent : groups.agents()) {
            for (String condition : groups.conditions()) {
                if (groups.find(agent, condition) != null) {
                    out.add(new Column(agent, condition));
                }
            }
        }
        return out;
    }

    public static Table slices(Groups groups, List<SliceSummary> slices, Function<String, String> name) {
        List<Column> columns = columns(groups);
        Map<String, Map<String, SliceSummary>> byId = index(slices);
        List<Row> rows = new ArrayList<>();
        byId.forEach((id, cells) -> rows.add(new Row(id, name.apply(id), cellsOf(columns, cells))));
        return new Table(columns, rows);
    }

    public static List<AttributeRow> attributes(Groups groups, List<SliceSummary> byAttribute,
                                                List<Episode> episodes, Catalogs catalogs) {
        Map<String, int[]> counts = new HashMap<>(); // occurrences, violated, discovery occurrences, missed, either
        for (Episode e : episodes) {
            if (!EpisodeIndex.usable(e)) {
                continue;
            }
            Map<String, Double> scores = new HashMap<>();
            for (CriterionScore c : e.scores().criteria()) {
                scores.put(c.attribute(), c.score());
            }
            boolean discovery = e.scores().questions() != null;
            var matched = EpisodeIndex.matched(e);
            for (PreferenceWeight p : e.preferences()) {
                int[] c = counts.computeIfAbsent(p.attribute(), k -> new int[5]);
                c[0]++;
                Double s = scores.get(p.attribute());
                boolean violated = s != null && s < 5 - 1e-9;
                boolean missed = discovery && !matched.contains(p.attribute());
                c[1] += violated ? 1 : 0;
                c[2] += discovery ? 1 : 0;
                c[3] += missed ? 1 : 0;
                c[4] += violated || missed ? 1 : 0;
            }
        }
        List<Column> columns = columns(groups);
        Map<String, Map<String, SliceSummary>> byId = index(byAttribute);
        List<AttributeRow> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> en : counts.entrySet()) {
            int[] c = en.getValue();
            Double violated = c[0] == 0 ? null : c[1] / (double) c[0];
            Double missed = c[2] == 0 ? null : c[3] / (double) c[2];
            double problem = c[4] / (double) c[0];
            String category = catalogs.attribute(en.getKey()).map(a -> a.category().id())
                    .orElse("");
            rows.add(new AttributeRow(en.getKey(), catalogs.attributeName(en.getKey()), category, c[0], violated,
                    missed, problem, cellsOf(columns, byId.getOrDefault(en.getKey(), Map.of()))));
        }
        rows.sort(Comparator.comparingDouble(AttributeRow::problem).reversed().thenComparing(AttributeRow::id));
        return rows;
    }

    private static Map<String, Map<String, SliceSummary>> index(List<SliceSummary> slices) {
        Map<String, Map<String, SliceSummary>> byId = new LinkedHashMap<>();
        for (SliceSummary s : slices) {
            byId.computeIfAbsent(s.id(), k -> new HashMap<>()).put(s.agent() + "\u0000" + s.condition(), s);
        }
        return byId;
    }

    private static List<SliceSummary> cellsOf(List<Column> columns, Map<String, SliceSummary> cells) {
        List<SliceSummary> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(cells.get(c.agent() + "\u0000" + c.condition()));
        }
        return out;
    }
}
