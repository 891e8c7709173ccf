package org.attune.api.spi;

import org.attune.api.Agent;
import org.attune.api.Editor;
import org.attune.api.Judge;
import org.attune.api.Learner;
import org.attune.api.SimulatedUser;

/**
 * A kind of component a spec names, with the command-line option that names it (for messages) and
 * the port it implements. {@link ComponentProvider#create} is asked for one role at a time.
 */
public final class ComponentRole<T> {
    public static final ComponentRole<Agent> AGENT = new ComponentRole<>("--agent", Agent.class);
    public static final ComponentRole<SimulatedUser> USER = new ComponentRole<>("--user", SimulatedUser.class);
    public static final ComponentRole<Judge> JUDGE = new ComponentRole<>("--judge", Judge.class);
    public static final ComponentRole<Editor> EDITOR = new ComponentRole<>("--editor", Editor.class);
    public static final ComponentRole<Learner> LEARNER = new ComponentRole<>("--learner", Learner.class);

    private final String option;
    private final Class<T> type;

    private ComponentRole(String option, Class<T> type) {
        this.option = option;
        this.type = type;
    }

    /** The option naming this role's spec, e.g. {@code --agent}. */
    public String option() {
        return option;
    }

    /** The port a component of this role implements. */
    public Class<T> type() {
        return type;
    }

    /** {@code component} as this role's port (a provider returns {@code role.cast(new MyAgent())}). */
    public T cast(Object component) {
        return type.cast(component);
    }

    @Override
    public String toString() {
        return option.substring(2);
    }
}
