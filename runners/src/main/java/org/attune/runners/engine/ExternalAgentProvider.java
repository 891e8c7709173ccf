package org.attune.runners.engine;

import java.util.List;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentProvider;
import org.attune.api.spi.ComponentRole;
import org.attune.runners.agents.external.ExternalAgents;

/** Agents outside the JVM: {@code exec:COMMAND} and {@code http:URL} (docs/agents.md), owned by the run's {@link ExternalAgents}. */
public final class ExternalAgentProvider implements ComponentProvider {
    @Override
    public List<String> schemes() {
        return List.of("exec", "http");
    }

    @Override
    public <T> T create(ComponentRole<T> role, String spec, ComponentContext context) {
        Components.Call call = context.internal(Components.Call.class).orElse(null);
        ExternalAgents external = call == null ? null : call.components().external();
        if (role != ComponentRole.AGENT || external == null || !ExternalAgents.handles(spec)) {
            return null;
        }
        return role.cast(external.agent(ComponentSpecs.label(spec), spec));
    }

    @Override
    public List<String> known(ComponentRole<?> role) {
        return role == ComponentRole.AGENT ? List.of("exec:COMMAND", "http:URL") : List.of();
    }
}
