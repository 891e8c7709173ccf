package org.attune.runners.agents;

import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;

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
