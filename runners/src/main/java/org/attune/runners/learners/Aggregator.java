package org.attune.runners.learners;

import java.util.List;
import org.attune.api.InferredPreferences;
import org.attune.api.Round;

/** Combines several stored beliefs (most relevant first, at least one) into the one to act on. */
@FunctionalInterface
public interface Aggregator {
    InferredPreferences aggregate(Round round, List<InferredPreferences> beliefs);
}
