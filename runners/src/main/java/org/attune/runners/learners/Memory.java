package org.attune.runners.learners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attune.api.InferredPreferences;

/** Past rounds of one stream with their context vectors, searchable by similarity. */
final class Memory {
    /** One remembered round; {@code revealed} is null when the learner did not read the edit. */
    record Entry(int round, String context, float[] vector, String response, String edited,
                 InferredPreferences revealed) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry e) {
        entries.add(e);
    }

    int size() {
        return entries.size();
    }

    /** The k entries most similar to the vector, most similar first; ties go to the most recent. */
    List<Entry> nearest(float[] vector, int k) {
        List<Scored> scored = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            scored.add(new Scored(e, cosine(vector, e.vector())));
        }
        scored.sort(Comparator.comparingDouble(Scored::similarity).reversed()
                .thenComparing(Comparator.comparingInt((Scored s) -> s.entry().round()).reversed()));
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, scored.size()); i++) {
            out.add(scored.get(i).entry());
        }
        return out;
    }

    private record Scored(Entry entry, double similarity) {
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
