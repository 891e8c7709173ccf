package org.attune.runners;

/** The candidate under evaluation: one step of an episode (SPEC §2). */
@FunctionalInterface
public interface Agent {
    AgentAction act(AgentContext context);
}
