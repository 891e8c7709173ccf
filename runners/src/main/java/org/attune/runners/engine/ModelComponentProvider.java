package org.attune.runners.engine;

import java.util.List;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentProvider;
import org.attune.api.spi.ComponentRole;
import org.attune.evaluator.judging.OfflineJudge;
import org.attune.runners.models.ModelComponents;

/**
 * Model-backed agents, simulated users, judges and editors ({@code openai:MODEL}, ..., SPEC §5),
 * made by the run's {@link ModelComponents} when it has them.
 */
public final class ModelComponentProvider implements ComponentProvider {
    @Override
    public List<String> schemes() {
        return List.of("openai", "anthropic", "gemini", "ollama", "openai-compatible");
    }

    @Override
    public <T> T create(ComponentRole<T> role, String spec, ComponentContext context) {
        Components.Call call = context.internal(Components.Call.class).orElse(null);
        ModelComponents models = call == null ? null : call.components().models();
        if (models == null || !ModelComponents.isModelSpec(spec)) {
            return null;
        }
        Object made = null;
        if (role == ComponentRole.AGENT) {
            made = models.agent(spec);
        } else if (role == ComponentRole.USER) {
            made = models.user(spec, call.userStyle());
        } else if (role == ComponentRole.JUDGE) {
            made = models.judge(spec, new OfflineJudge(call.components().rules()), call.components().rules());
        } else if (role == ComponentRole.EDITOR) {
            made = models.editor(spec);
        }
        return made == null ? null : role.cast(made);
    }
}
