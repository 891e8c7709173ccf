package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.evaluator.Scores;

/**
 * The episode browser: a small page plus the episode rows split into {@code data/episodes-NNN.js}
 * chunks of {@link #CHUNK} rows, so no file grows with the run beyond a few hundred kilobytes.
 * Rows are compact arrays with agents, conditions, tasks and personas replaced by their index in
 * the page's embedded metadata; the page's script filters, sorts and pages them.
 */
final class BrowserPage {
    static final int CHUNK = 1000;
    static final int SNIPPET = 140;

    private BrowserPage() {
    }

    /**
     * The browser page variables, and its chunk files (name relative to the report root -> rows),
     * made one at a time as they are written so a large run's rows are never all in memory.
     */
    record Built(Map<String, Object> context, Map<String, java.util.function.Supplier<List<List<Object>>>> chunks) {
    }

    static Built build(RunData run, EpisodeIndex index, Catalogs catalogs, boolean hasCompare) {
        Groups groups = Groups.of(run.summary());
        List<String> agents = new ArrayList<>(groups.agents());
        List<String> conditions = new ArrayList<>(groups.conditions());
        List<String> tasks = new ArrayList<>();
        List<String> personas = new ArrayList<>();
        Map<String, Integer> taskIdx = new HashMap<>();
        Map<String, Integer> personaIdx = new HashMap<>();
        List<Episode> all = index.episodes();
        for (Episode e : all) {
            indexOf(agents, e.agent());
            indexOf(conditions, e.condition());
            taskIdx.computeIfAbsent(e.task(), k -> add(tasks, k));
            personaIdx.computeIfAbsent(e.persona(), k -> add(personas, k));
        }
        Map<String, java.util.function.Supplier<List<List<Object>>>> chunks = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Episode> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            chunks.put(String.format(Locale.ROOT, "data/episodes-%03d.js", from / CHUNK), () -> {
                List<List<Object>> rows = new ArrayList<>(part.size());
                for (Episode e : part) {
                    rows.add(row(e, index, agents.indexOf(e.agent()), conditions.indexOf(e.condition()),
                            taskIdx.get(e.task()), personaIdx.get(e.persona())));
                }
                return rows;
            });
        }
        int n = all.size();
        List<List<String>> personaNames = new ArrayList<>();
        for (String p : personas) {
            personaNames.add(List.of(p, catalogs.personaName(p)));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("agents", agents);
        meta.put("conditions", conditions);
        meta.put("tasks", tasks);
        meta.put("personas", personaNames);
        meta.put("total", n);
        Map<String, Object> c = new HashMap<>(Page.common("Episodes", "browser", "", hasCompare, run.info()));
        c.put("meta", ScriptJson.safe(meta));
        c.put("chunks", new ArrayList<>(chunks.keySet()));
        c.put("total", n);
        c.put("repeatLabel", all.stream().anyMatch(e -> e.round() != null) ? "Round" : "Epoch");
        c.put("css", Templates.get().asset("browser.css"));
        Page.script(c, "browser.js");
        return new Built(c, chunks);
    }

    private static List<Object> row(Episode e, EpisodeIndex index, int agent, int condition, int task, int persona) {
        Scores s = e.failed() ? null : e.scores();
        List<Object> r = new ArrayList<>(14);
        r.add(PageNames.link(e.key()));
        r.add(task);
        r.add(e.item());
        r.add(persona);
        r.add(condition);
        r.add(agent);
        r.add(e.round() != null ? e.round() : e.epoch()); // a longitudinal round's epoch is always 1
        r.add(s == null ? null : shownAlignment(s.alignment()));
        r.add(s == null || s.correct() == null ? null : s.correct() ? 1 : 0);
        r.add(s == null ? null : s.editCost());
        r.add(s == null ? null : s.questions());
        Boolean worse = index.worseThanGeneric(e);
        r.add(worse == null ? null : worse ? 1 : 0);
        r.add(e.error() == null ? null : e.error().kind() == null ? "error" : e.error().kind());
        r.add(snippet(e.question()));
        return r;
    }

    /**
     * The alignment as the browser shows it (to two decimals): rounded as {@link Fmt#num} rounds it on the
     * episode page and in summary.md, half up on the shortest decimal form (Math.round(a * 100) showed
     * 1.005 as 1.00 where the episode page shows 1.01).
     */
    static Double shownAlignment(Double alignment) {
        return alignment == null || alignment.isNaN() ? null : Double.valueOf(Fmt.fixed(alignment, 2));
    }

    static String snippet(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replaceAll("\\s+", " ").strip();
        if (s.length() <= SNIPPET) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(SNIPPET - 2)) ? SNIPPET - 2 : SNIPPET - 1;
        return s.substring(0, end) + "\u2026";
    }

    private static int indexOf(List<String> list, String value) {
        int i = list.indexOf(value);
        if (i < 0) {
            list.add(value); // an episode of a group the summary does not list (a stale summary.json)
            i = list.size() - 1;
        }
        return i;
    }

    private static int add(List<String> list, String value) {
        list.add(value);
        return list.size() - 1;
    }
}
