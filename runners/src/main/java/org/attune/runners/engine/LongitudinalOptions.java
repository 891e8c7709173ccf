package org.attune.runners.engine;

import java.util.List;

/**
 * What only the longitudinal mode takes: rounds per persona stream and the learners that each meet
 * every stream.
 */
public record LongitudinalOptions(int rounds, List<String> learners) {
    public static final int DEFAULT_ROUNDS = 200;

    public LongitudinalOptions {
        learners = List.copyOf(learners);
    }
}
