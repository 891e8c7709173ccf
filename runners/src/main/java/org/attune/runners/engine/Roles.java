package org.attune.runners.engine;

import java.util.Map;
import org.attune.api.Agent;
import org.attune.api.SimulatedUser;
import org.attune.evaluator.EpisodeScorer;

/** The resolved components of a run: agents by label, the simulated user and the scorer. */
public record Roles(Map<String, Agent> agents, SimulatedUser user, EpisodeScorer scorer) {
}
