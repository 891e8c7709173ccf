package org.attune.runners.learners;

import org.attune.api.Agent;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;

/**
 * The kit of the offline learners, which wrap a deterministic base agent ({@code builtin:reference}):
 * edits are read with the rules checkers, beliefs aggregated by majority, contexts compared with the
 * in-process sentence model.
 */
public final class OfflineKit {
    private OfflineKit() {
    }

    public static LearnerKit create(Agent base, AttributeCatalog catalog, RulesLibrary rules,
                                    ContextEmbedding embedding) {
        return new LearnerKit(new RulesResponder(base, catalog, rules), new RulesEditReader(catalog, rules),
                new MajorityAggregator(), embedding, true);
    }
}
