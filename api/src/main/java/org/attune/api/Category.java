package org.attune.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The family an attribute belongs to (SPEC §1). */
public enum Category {
    FORMAT, LANGUAGE, PEDAGOGY, AFFECT, EXPERTISE, CONTENT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lowercase id; returns null when unknown. */
    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
