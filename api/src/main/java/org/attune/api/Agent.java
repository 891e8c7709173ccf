package org.attune.api;

/** The candidate under evaluation: one step of an episode (SPEC §2). */
@FunctionalInterface
public interface Agent {
    AgentAction act(AgentContext context);

    /** Whether the agent is sent an item's image ({@link AgentContext#image()}); items with one are skipped otherwise. */
    default boolean takesImages() {
        return false;
    }
}
