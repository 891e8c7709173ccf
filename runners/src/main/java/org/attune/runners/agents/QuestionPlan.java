package org.attune.runners.agents;

import java.util.List;
import org.attune.api.AgentContext;
import org.attune.api.Attribute;

/**
 * Which attributes the reference agent asks about in discovery, in the order it asks: one per
 * turn while the budget lasts. The same context must give the same list at every turn of an
 * episode (the agent pairs its n-th question with the n-th attribute).
 */
@FunctionalInterface
public interface QuestionPlan {
    List<Attribute> attributes(AgentContext ctx);
}
