package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.ComponentSpec;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Summary;

/** The data of {@code index.html}: run facts, leaderboard, reading, charts and breakdowns. */
final class OverviewPage {
    private OverviewPage() {
    }

    /** A labelled fact of the run; {@code values} holds one or more lines. */
    record Fact(String label, List<String> values) {
        static Fact of(String label, Object value) {
            return new Fact(label, List.of(value == null || String.valueOf(value).isEmpty() ? Fmt.NONE
                    : String.valueOf(value)));
        }
    }

    static Map<String, Object> context(RunData run, EpisodeIndex index, Catalogs catalogs, boolean hasCompare) {
        Summary summary = run.summary();
        Groups groups = Groups.of(summary);
        List<Breakdowns.AttributeRow> attributes = Breakdowns.attributes(groups, summary.byAttribute(),
                index.episodes(), catalogs);
        Map<String, Object> c = new HashMap<>(Page.common("Overview", "overview", "", hasCompare, run.info()));
        c.put("facts", facts(run.info(), summary));
        c.put("reading", Reading.sentences(summary, groups, attributes));
        c.put("leaderboard", Leaderboard.rows(groups));
        List<Chart> charts = new ArrayList<>(List.of(
                ConditionChart.build(groups),
                HeatmapChart.build(groups, summary.byAttribute(), catalogs::attributeName),
                TaskBarsChart.build(groups, summary.byTask()),
                ScatterChart.build(groups, summary.byTask()),
                QuestionsChart.build(groups, index.episodes())));
        charts.addAll(ElicitationChart.build(groups, summary)); // a budget sweep's curves
        c.put("charts", charts);
        c.put("byTask", Breakdowns.slices(groups, summary.byTask(), id -> id));
        c.put("byPersona", Breakdowns.slices(groups, summary.byPersona(), catalogs::personaName));
        c.put("columns", Breakdowns.columns(groups));
        c.put("columnGroups", Breakdowns.groupsOf(Breakdowns.columns(groups)));
        c.put("lead", lead(run.info(), summary, groups));
        c.put("byAttribute", attributes);
        c.put("css", Templates.get().asset("overview.css"));
        Page.script(c, "sort.js");
        return c;
    }

    /** One line of the key facts under the title; the full list is at the end of the page. */
    static String lead(RunInfo info, Summary summary, Groups groups) {
        double cost = summary.groups().stream().mapToDouble(GroupSummary::costUsd).sum();
        long tasks = summary.byTask().stream().map(s -> s.id()).distinct().count();
        long personas = summary.byPersona().stream().map(s -> s.id()).distinct().count();
        return String.join(" \u00b7 ",
                (info.suite() == null ? "custom" : info.suite()) + " suite",
                summary.episodes() + " episodes (" + summary.errors() + " errored)",
                groups.agents().size() + (groups.agents().size() == 1 ? " agent" : " agents"),
                tasks + (tasks == 1 ? " task set" : " task sets"),
                personas + (personas == 1 ? " persona" : " personas"),
                "seed " + info.seed(),
                info.createdAt() == null ? "start unknown" : "started " + info.createdAt(),
                String.format(java.util.Locale.ROOT, "est. cost $%.2f", cost))
                + (info.settings().partialMerge() != null ? " \u00b7 " + info.settings().partialMerge() : "");
    }

    static List<Fact> facts(RunInfo info, Summary summary) {
        List<Fact> out = new ArrayList<>();
        out.add(Fact.of("Run", info.id()));
        out.add(Fact.of("Started", info.createdAt()));
        out.add(Fact.of("Finished", info.finishedAt()));
        out.add(Fact.of("Mode", info.mode()));
        out.add(Fact.of("Suite", info.suite()));
        out.add(Fact.of("Seed", info.seed()));
        out.add(Fact.of("Epochs", info.epochs()));
        out.add(Fact.of("Items per task set", info.limit() == 0 ? "all" : info.limit()));
        out.add(Fact.of("Max questions", info.maxTurns()));
        out.add(Fact.of("Preferences per item", info.prefsPerItem()));
        out.add(Fact.of("Conditions", String.join(", ", info.conditions())));
        out.add(Fact.of("Task sets", String.join(", ", info.tasks())));
        out.add(Fact.of("Personas", info.personas().size()));
        List<String> agents = new ArrayList<>();
        for (ComponentSpec a : info.agents()) {
            agents.add(a.label().equals(a.spec()) ? a.label() : a.label() + " = " + a.spec());
        }
        out.add(new Fact("Agents", agents.isEmpty() ? List.of(Fmt.NONE) : agents));
        out.add(Fact.of("Simulated user", info.user()));
        out.add(Fact.of("Judge", info.judge()));
        out.add(Fact.of("Editor", info.editor()));
        out.add(Fact.of("Content hash", info.contentHash()));
        List<String> settings = new ArrayList<>(); // each recorded fact, its value as JSON
        org.attune.personas.util.Mappers.json().valueToTree(info.settings()).fields().forEachRemaining(f ->
                settings.add(f.getKey() + ": " + (f.getValue().isTextual() ? f.getValue().asText() : f.getValue())));
        if (!settings.isEmpty()) {
            out.add(new Fact("Settings", settings));
        }
        out.add(Fact.of("Episodes", summary.episodes() + " (" + summary.errors() + " errored)"));
        if (!info.counts().isEmpty()) {
            List<String> lines = new ArrayList<>();
            info.counts().forEach((k, v) -> lines.add(k + ": " + v));
            out.add(new Fact("Counts", lines));
        }
        double cost = 0;
        for (GroupSummary g : summary.groups()) {
            cost += g.costUsd();
        }
        out.add(Fact.of("Estimated cost", String.format(java.util.Locale.ROOT, "$%.4f", cost)));
        out.add(Fact.of("Attune version", info.attuneVersion()));
        return out;
    }
}
