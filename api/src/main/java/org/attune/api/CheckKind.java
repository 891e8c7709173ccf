package org.attune.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an attribute is checked: by a deterministic checker or by a judge (SPEC §1). */
public enum CheckKind {
    RULES, JUDGE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lowercase id; returns null when unknown. */
    public static CheckKind fromId(String id) {
        for (CheckKind c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
