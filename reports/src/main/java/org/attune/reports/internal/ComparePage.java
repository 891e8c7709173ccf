package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.SliceSummary;

/**
 * A run against a baseline run: deltas per agent x condition and per attribute, and the episodes
 * (matched by key) whose alignment moved most.
 */
final class ComparePage {
    static final int MOVED = 30;

    private ComparePage() {
    }

    /** Candidate and baseline figures of one agent x condition; either side may be missing. */
    record GroupDelta(String agent, String condition, GroupSummary candidate, GroupSummary baseline,
                      Double alignment, Double correctness, Double editCost, Double acceptance, Double gain,
                      Double worse) {
    }

    record AttributeDelta(String attribute, String name, String agent, String condition, Double baseline,
                          Double candidate, Double delta) {
    }

    record Moved(String key, String item, String persona, String agent, String condition, int epoch,
                 double baseline, double candidate, double delta, String href) {
    }

    static Map<String, Object> context(RunData run, RunData baseline, Catalogs catalogs) {
        Map<String, Object> c = new HashMap<>(Page.common("Compare", "compare", "", true, run.info()));
        c.put("baselineId", baseline.info().id() == null ? "" : baseline.info().id());
        c.put("baselineDir", baseline.dir().toString());
        c.put("groups", groups(run, baseline));
        c.put("attributes", attributes(run, baseline, catalogs));
        c.put("moved", moved(run, baseline));
        c.put("css", Templates.get().asset("overview.css"));
        Page.script(c, "sort.js");
        return c;
    }

    static List<GroupDelta> groups(RunData run, RunData baseline) {
        Map<String, GroupSummary> base = new HashMap<>();
        baseline.summary().groups().forEach(g -> base.put(g.agent() + "\u0000" + g.condition(), g));
        List<GroupDelta> out = new ArrayList<>();
        for (GroupSummary g : run.summary().groups()) {
            GroupSummary b = base.remove(g.agent() + "\u0000" + g.condition());
            out.add(delta(g.agent(), g.condition(), g, b));
        }
        base.values().forEach(b -> out.add(delta(b.agent(), b.condition(), null, b)));
        return out;
    }

    private static GroupDelta delta(String agent, String condition, GroupSummary c, GroupSummary b) {
        if (c == null || b == null) {
            return new GroupDelta(agent, condition, c, b, null, null, null, null, null, null);
        }
        return new GroupDelta(agent, condition, c, b,
                minus(c.alignment().mean(), b.alignment().mean()),
                minus(c.correctness().mean(), b.correctness().mean()),
                minus(c.editCost().mean(), b.editCost().mean()),
                minus(c.acceptance().mean(), b.acceptance().mean()),
                minus(c.normalizedGain(), b.normalizedGain()),
                minus(c.worseThanGenericRate(), b.worseThanGenericRate()));
    }

    static List<AttributeDelta> attributes(RunData run, RunData baseline, Catalogs catalogs) {
        Map<String, SliceSummary> base = new HashMap<>();
        baseline.summary().byAttribute().forEach(s -> base.put(sliceKey(s), s));
        List<AttributeDelta> out = new ArrayList<>();
        for (SliceSummary s : run.summary().byAttribute()) {
            SliceSummary b = base.get(sliceKey(s));
            if (b != null) {
                out.add(new AttributeDelta(s.id(), catalogs.attributeName(s.id()), s.agent(), s.condition(),
                        b.alignment(), s.alignment(), minus(s.alignment(), b.alignment())));
            }
        }
        out.sort(Comparator.comparingDouble((AttributeDelta d) -> d.delta() == null ? 0 : -Math.abs(d.delta()))
                .thenComparing(AttributeDelta::attribute));
        return out;
    }

    static List<Moved> moved(RunData run, RunData baseline) {
        Map<String, Episode> base = new HashMap<>();
        for (Episode e : baseline.episodes()) {
            if (EpisodeIndex.usable(e)) {
                base.put(e.key(), e);
            }
        }
        List<Moved> out = new ArrayList<>();
        for (Episode e : run.episodes()) {
            Episode b = base.get(e.key());
            if (b != null && EpisodeIndex.usable(e)) {
                double d = e.scores().alignment() - b.scores().alignment();
                if (Math.abs(d) > 1e-9) {
                    out.add(new Moved(e.key(), e.item(), e.persona(), e.agent(), e.condition(), e.epoch(),
                            b.scores().alignment(), e.scores().alignment(), d, PageNames.link(e.key())));
                }
            }
        }
        out.sort(Comparator.comparingDouble((Moved m) -> -Math.abs(m.delta())).thenComparing(Moved::key));
        return out.size() > MOVED ? List.copyOf(out.subList(0, MOVED)) : out;
    }

    private static String sliceKey(SliceSummary s) {
        return s.id() + "\u0000" + s.agent() + "\u0000" + s.condition();
    }

    private static Double minus(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }
}
