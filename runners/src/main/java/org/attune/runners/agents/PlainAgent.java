package org.attune.runners.agents;

import org.attune.runners.Agent;
import org.attune.runners.AgentAction;
import org.attune.runners.AgentContext;

/**
 * {@code builtin:plain}: the floor. It never asks and never personalizes: in every condition it
 * gives the item's reference solution in its plain default style.
 */
public final class PlainAgent implements Agent {
    @Override
    public AgentAction act(AgentContext ctx) {
        return AgentAction.answer(Answers.base(ctx.task(), ctx.item()));
    }
}
