package org.attune.api.spi;

import java.util.List;
import java.util.Optional;
import org.attune.api.Attribute;
import org.attune.api.Persona;

/** What a run offers the components it asks a provider for. */
public interface ComponentContext {
    /** The attribute catalog the run scores against. */
    List<Attribute> attributes();

    /** The personas of the run's population. */
    List<Persona> population();

    /** The simulated user's style ({@code passive}, {@code passive-stop}, {@code collaborative}); for the user role. */
    String userStyle();

    /**
     * The run's own machinery as {@code type}, where the context has it: the escape hatch through
     * which Attune's built-in providers reach what is not part of this API. Plug-ins get nothing here
     * that they could rely on across versions.
     */
    default <T> Optional<T> internal(Class<T> type) {
        return Optional.empty();
    }
}
