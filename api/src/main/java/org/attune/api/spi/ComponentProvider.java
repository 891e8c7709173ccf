package org.attune.api.spi;

import java.util.List;
import org.attune.api.TaskFormat;

/**
 * Makes components from their spec strings ({@code scheme:name}, SPEC §5), for one or more schemes.
 * Providers are found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/org.attune.api.spi.ComponentProvider} of a jar on Attune's class path,
 * on {@code ATTUNE_CLASSPATH} or given with {@code --plugin}. Attune's own components register the
 * same way. An implementation needs a public no-argument constructor and must be thread-safe: one
 * instance serves every run of the process.
 */
public interface ComponentProvider {
    /** The spec prefixes this provider serves, in the order messages list them, e.g. {@code myco} for {@code myco:planner}. */
    List<String> schemes();

    /**
     * The component {@code spec} names in {@code role}, or null when this provider does not make it
     * (then the spec is refused with the specs {@link #known} lists). Bad settings in the spec are
     * an {@link IllegalArgumentException} whose message says what is wrong.
     */
    <T> T create(ComponentRole<T> role, String spec, ComponentContext context);

    /** The benchmark file formats this provider reads ({@code --format NAME}); none by default. */
    default List<TaskFormat> taskFormats() {
        return List.of();
    }

    /** The specs this provider makes in {@code role}, for the message refusing an unknown one. */
    default List<String> known(ComponentRole<?> role) {
        return List.of();
    }
}
