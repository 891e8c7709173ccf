package org.attune.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.attune.api.Attribute;
import org.attune.evaluator.ComponentSpec;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Summarizer;
import org.attune.personas.AttributeCatalog;

/**
 * Synthesizes a realistic run directory offline (run.json, episodes.jsonl through the journal,
 * summary.json through the Summarizer): stronger agents ask better questions and align better,
 * oracle beats discovery beats generic, a few episodes error. With {@code hostile} set, items,
 * responses, dialogue, justifications, errors, an agent label and a persona id carry markup,
 * script and template syntax.
 */
public final class SyntheticRun {
    /** Task sets: id and domain; the domain picks the kind of question. */
    private static final String[][] TASKS = {
        {"arithmetic-word-problems", "math"}, {"formal-logic", "logic"}, {"world-knowledge", "knowledge"},
        {"competition-algebra", "math"}, {"open-advice", "writing"}};

    public record Spec(int tasks, int itemsPerTask, int personas, List<String> agents, List<String> conditions,
                       int epochs, long seed, boolean hostile, int resamples) {
        public static Spec small() {
            return new Spec(3, 4, 3, List.of("builtin:reference", "builtin:plain"),
                    List.of("generic", "discovery", "oracle"), 1, 7, false, 200);
        }

        public static Spec hostileRun() {
            return new Spec(2, 2, 2, List.of("builtin:reference", "evil<script>window.__attunePwned=6</script>"),
                    List.of("generic", "discovery", "oracle"), 1, 11, true, 100);
        }

        /** 5 task sets x 20 items x 34 personas x 2 agents x 3 conditions = 20,400 episodes. */
        public static Spec large() {
            return new Spec(5, 20, 34, List.of("builtin:reference", "builtin:plain"),
                    List.of("generic", "discovery", "oracle"), 1, 3, false, 2000);
        }

        public Spec withSeed(long s) {
            return new Spec(tasks, itemsPerTask, personas, agents, conditions, epochs, s, hostile, resamples);
        }
    }

    private SyntheticRun() {
    }

    /** Writes the run into {@code dir} and returns it. */
    public static Path write(Path dir, Spec spec) {
        List<Episode> episodes = episodes(spec);
        RunDirectory rd = new RunDirectory(dir);
        RunInfo info = info(spec, episodes);
        rd.writeRunInfo(info);
        try (EpisodeJournal journal = rd.openJournal()) {
            episodes.forEach(journal::append);
        }
        rd.writeSummary(new Summarizer(spec.resamples(), spec.seed()).summarize(info.id(), episodes));
        return dir;
    }

    static RunInfo info(Spec spec, List<Episode> episodes) {
        List<ComponentSpec> agents = new ArrayList<>();
        for (String a : spec.agents()) {
            agents.add(new ComponentSpec(a, a.startsWith("builtin:") ? a : "openai-compatible:" + a + "@http://localhost:8080/v1"));
        }
        Set<String> personas = new LinkedHashSet<>();
        episodes.forEach(e -> personas.add(e.persona()));
        List<String> tasks = new ArrayList<>();
        for (int t = 0; t < spec.tasks(); t++) {
            tasks.add(TASKS[t % TASKS.length][0]);
        }
        org.attune.evaluator.RunFacts settings = org.attune.evaluator.RunFacts.builder()
                .templates(Map.of("agent-discovery", "3f2a9c1d", "user-reply", "9b77e021")).build();
        int errors = (int) episodes.stream().filter(Episode::failed).count();
        return new RunInfo(RunInfo.SCHEMA, "synthetic-" + spec.seed() + "-" + episodes.size(), "0.1.0-SNAPSHOT",
                "2026-11-24T08:00:00Z", "2026-11-24T09:12:30Z", "episodes", "synthetic", spec.seed(),
                spec.epochs(), spec.itemsPerTask(), 5, 5, 8, spec.conditions(), tasks, List.of(),
                List.copyOf(personas), agents, "builtin:user", "builtin:judge", "builtin:editor",
                "sha256:5d41402abc4b2a76b9719d911017c592", settings,
                Map.of("planned", episodes.size(), "finished", episodes.size(), "errored", errors));
    }

    public static List<Episode> episodes(Spec spec) {
        List<Attribute> attributes = AttributeCatalog.builtin().all().stream().toList();
        SplittableRandom root = new SplittableRandom(spec.seed());
        List<SyntheticPersona> personas = new ArrayList<>();
        for (int p = 0; p < spec.personas(); p++) {
            String id = spec.hostile() && p == 1 ? "persona-\"><img src=x onerror=window.__attunePwned=7>"
                    : String.format("persona-%03d", p + 1);
            personas.add(SyntheticPersona.of(id, attributes, root.split()));
        }
        List<Episode> out = new ArrayList<>();
        int n = 0;
        for (int t = 0; t < spec.tasks(); t++) {
            String task = TASKS[t % TASKS.length][0] + (t >= TASKS.length ? "-" + t / TASKS.length : "");
            String domain = TASKS[t % TASKS.length][1];
            for (int i = 0; i < spec.itemsPerTask(); i++) {
                String item = String.format("item-%03d", i + 1)
                        + (spec.hostile() ? " " + SyntheticText.HOSTILE.get(i % SyntheticText.HOSTILE.size()) : "");
                SplittableRandom itemRandom = root.split();
                SyntheticText.Problem problem = SyntheticText.problem(itemRandom, domain, i);
                if (spec.hostile()) {
                    problem = new SyntheticText.Problem(problem.question() + "\n" + String.join("\n",
                            SyntheticText.HOSTILE), problem.answer(), problem.steps());
                }
                for (SyntheticPersona persona : personas) {
                    List<PreferenceWeight> active = persona.active(root.split(), 5);
                    for (int a = 0; a < spec.agents().size(); a++) {
                        for (String condition : spec.conditions()) {
                            for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
                                out.add(SyntheticEpisode.make(new SyntheticEpisode.Setting(task, domain, item,
                                        problem, persona.id(), active, condition, spec.agents().get(a),
                                        0.85 - 0.3 * a, epoch, spec.hostile(), attributes), root.split(), n++));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A minimal persona: an id and preferences over a random subset of the catalog. */
    record SyntheticPersona(String id, Map<String, String> values, Map<String, Integer> importance) {
        static SyntheticPersona of(String id, List<Attribute> attributes, SplittableRandom r) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, Integer> importance = new LinkedHashMap<>();
            for (Attribute a : attributes) {
                if (r.nextInt(100) < 70) {
                    List<String> v = a.values();
                    values.put(a.id(), v.get(r.nextInt(v.size())));
                    importance.put(a.id(), 1 + r.nextInt(5));
                }
            }
            return new SyntheticPersona(id, values, importance);
        }

        List<PreferenceWeight> active(SplittableRandom r, int k) {
            List<String> pool = new ArrayList<>(values.keySet());
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < k && !pool.isEmpty()) {
                int total = pool.stream().mapToInt(importance::get).sum();
                int x = r.nextInt(total);
                int i = 0;
                while (x >= importance.get(pool.get(i))) {
                    x -= importance.get(pool.get(i));
                    i++;
                }
                chosen.add(pool.remove(i));
            }
            int sum = chosen.stream().mapToInt(importance::get).sum();
            List<PreferenceWeight> out = new ArrayList<>();
            for (String c : chosen) {
                out.add(new PreferenceWeight(c, values.get(c), importance.get(c) / (double) sum));
            }
            return out;
        }
    }
}
