package org.attune.reports.internal;

import java.util.Optional;
import org.attune.api.Attribute;
import org.attune.api.Persona;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;

/**
 * Display details of attributes and personas from the built-in catalog and library. A run may use
 * personas or attributes the built-ins do not know (or the built-ins may fail to load); pages then
 * show the bare id, so a report never fails for want of a description.
 */
public final class Catalogs {
    private final AttributeCatalog attributes;
    private final PersonaLibrary personas;

    private Catalogs(AttributeCatalog attributes, PersonaLibrary personas) {
        this.attributes = attributes;
        this.personas = personas;
    }

    public static Catalogs builtin() {
        return new Catalogs(tryLoad(AttributeCatalog::builtin), tryLoad(PersonaLibrary::builtin));
    }

    /** Without any built-in content: every name is its id. */
    public static Catalogs none() {
        return new Catalogs(null, null);
    }

    private interface Loader<T> {
        T load();
    }

    private static <T> T tryLoad(Loader<T> loader) {
        try {
            return loader.load();
        } catch (RuntimeException e) {
            return null; // built-in content missing or invalid: fall back to ids
        }
    }

    public Optional<Attribute> attribute(String id) {
        return attributes == null || id == null ? Optional.empty() : attributes.find(id);
    }

    public String attributeName(String id) {
        return attribute(id).map(Attribute::name).orElse(id);
    }

    /** The meaning of a value ("bullets" -> "a bulleted list of short points"), or null. */
    public String describeValue(String id, String value) {
        try {
            return attribute(id).filter(a -> a.isValidValue(value)).map(a -> a.describe(value)).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Optional<Persona> persona(String id) {
        return personas == null || id == null ? Optional.empty() : personas.find(id);
    }

    public String personaName(String id) {
        return persona(id).map(Persona::name).orElse(id);
    }
}
