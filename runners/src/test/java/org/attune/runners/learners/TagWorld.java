package org.attune.runners.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.AnswerType;
import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Item;
import org.attune.api.Learner;
import org.attune.api.Round;
import org.attune.api.TaskSet;
import org.attune.evaluator.EditDistance;
import org.attune.runners.Fixtures;

/**
 * A toy world for learner tests: a response is "answer to ITEM" followed by one tag {@code [a=v]} per
 * attribute value it follows. Two kinds of context (alpha, beta) want different values, one of them
 * conflicting; the person's edit sets exactly the wanted tags and keeps any other tag that does not
 * conflict, as the rules editor does.
 */
final class TagWorld {
    static final Map<String, String> ALPHA = Map.of("layout", "bullets", "emoji", "none");
    static final Map<String, String> BETA = Map.of("layout", "prose", "headings", "use");

    static final TaskSet ALPHA_TASK = task("alpha");
    static final TaskSet BETA_TASK = task("beta");

    private TagWorld() {
    }

    private static TaskSet task(String kind) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(new Item(kind + "-" + i, kind + " question " + i, List.of(), null, List.of(), null, kind,
                    List.of()));
        }
        return new TaskSet(kind, kind, "writing", AnswerType.OPEN, items);
    }

    /** Alternating kinds, cycling through items. */
    static List<Round> stream(int n) {
        List<Round> out = new ArrayList<>();
        for (int r = 1; r <= n; r++) {
            boolean alpha = r % 2 == 1;
            TaskSet t = alpha ? ALPHA_TASK : BETA_TASK;
            out.add(new Round(r, t, t.items().get((r / 2) % 6), Fixtures.persona(), prefs(alpha ? ALPHA : BETA)));
        }
        return out;
    }

    static ActivePreferences prefs(Map<String, String> values) {
        List<ActivePreference> items = new ArrayList<>();
        new TreeMap<>(values).forEach((a, v) -> items.add(new ActivePreference(a, v, 3, 1.0 / values.size())));
        return new ActivePreferences(items);
    }

    static String render(String item, Map<String, String> tags) {
        StringBuilder sb = new StringBuilder("answer to " + item);
        new TreeMap<>(tags).forEach((a, v) -> sb.append(" [").append(a).append('=').append(v).append(']'));
        return sb.toString();
    }

    static Map<String, String> tags(String text) {
        Map<String, String> out = new TreeMap<>();
        for (String part : text.split("\\[")) {
            int eq = part.indexOf('=');
            int end = part.indexOf(']');
            if (eq > 0 && end > eq) {
                out.put(part.substring(0, eq), part.substring(eq + 1, end));
            }
        }
        return out;
    }

    static String itemOf(String text) {
        return text.split(" ")[2];
    }

    /** The person's edit: wanted tags set, compatible others kept. */
    static String edit(Round round, String response) {
        Map<String, String> tags = new TreeMap<>(tags(response));
        round.preferences().items().forEach(p -> tags.put(p.attribute(), p.value()));
        return render(itemOf(response), tags);
    }

    static int cost(Round round, String response) {
        return EditDistance.words(response, edit(round, response));
    }

    static LearnerKit kit(boolean readsExamples) {
        Responder responder = (round, belief, examples) -> {
            Map<String, String> tags = new TreeMap<>(belief.values());
            for (Example e : examples) { // a "model" that copies its examples' edited tags
                tags(e.edited()).forEach(tags::putIfAbsent);
            }
            return render(round.item().id(), tags);
        };
        EditReader reader = (round, response, edited, applied) -> {
            Map<String, String> before = tags(response);
            Map<String, String> after = tags(edited);
            Map<String, String> out = new TreeMap<>();
            after.forEach((a, v) -> {
                if (!v.equals(before.get(a)) || v.equals(applied.values().get(a))) {
                    out.put(a, v);
                }
            });
            return InferredPreferences.of(out);
        };
        // the kind of context is the first word: alpha and beta contexts are orthogonal
        ContextEmbedding embedding = text -> text.startsWith("alpha") ? new float[] {1, 0.01f * text.length()}
                : new float[] {0.01f * text.length(), 1};
        return new LearnerKit(responder, reader, new MajorityAggregator(), embedding, readsExamples);
    }

    /** Cost per round of a learner over a stream. */
    static List<Integer> play(Learner learner, List<Round> rounds) {
        List<Integer> costs = new ArrayList<>();
        for (Round r : rounds) {
            Attempt a = learner.attempt(r);
            costs.add(cost(r, a.response()));
            learner.learn(r, a, edit(r, a.response()));
        }
        return costs;
    }
}
