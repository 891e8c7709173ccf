package org.attune.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an item's gold answer is compared with a response (SPEC §1, §3). */
public enum AnswerType {
    NUMBER, CHOICE, TEXT, EXPRESSION, OPEN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnswerType fromId(String id) {
        for (AnswerType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
