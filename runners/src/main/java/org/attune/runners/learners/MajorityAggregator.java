package org.attune.runners.learners;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.InferredPreferences;
import org.attune.api.Round;

/**
 * The offline aggregation: an attribute enters the belief with the value most of the given beliefs hold,
 * when more than half of them hold it (a tie between values goes to the one the most relevant belief
 * holds). With one belief that belief is kept whole.
 */
public final class MajorityAggregator implements Aggregator {

    @Override
    public InferredPreferences aggregate(Round round, List<InferredPreferences> beliefs) {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>(); // first seen = most relevant
        for (InferredPreferences b : beliefs) {
            b.values().forEach((a, v) -> votes.computeIfAbsent(a, x -> new LinkedHashMap<>()).merge(v, 1, Integer::sum));
        }
        Map<String, String> out = new HashMap<>();
        votes.forEach((attribute, counts) -> {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                if (c.getValue() > most) {
                    best = c.getKey();
                    most = c.getValue();
                }
            }
            if (2 * most > beliefs.size()) {
                out.put(attribute, best);
            }
        });
        return InferredPreferences.of(out);
    }
}
