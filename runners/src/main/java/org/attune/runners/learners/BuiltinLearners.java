package org.attune.runners.learners;

import java.util.List;
import org.attune.api.Learner;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentProvider;
import org.attune.api.spi.ComponentRole;

/** Attune's learners ({@code none}, {@code oracle}, {@code icl-edit-K}, {@code continual-K}, {@code cipher-K}). */
public final class BuiltinLearners implements ComponentProvider {
    private static final String PREFIX = "builtin:";

    @Override
    public List<String> schemes() {
        return List.of("builtin");
    }

    @Override
    public <T> T create(ComponentRole<T> role, String spec, ComponentContext context) {
        LearnerKit kit = context.internal(LearnerKit.class).orElse(null);
        if (role != ComponentRole.LEARNER || kit == null || !spec.startsWith(PREFIX)) {
            return null;
        }
        Learner made = Learners.builtin(spec.substring(PREFIX.length()), kit);
        return made == null ? null : role.cast(made);
    }

    @Override
    public List<String> known(ComponentRole<?> role) {
        return role == ComponentRole.LEARNER ? List.of("none", "oracle", "icl-edit-K", "continual-K", "cipher-K")
                : List.of();
    }
}
