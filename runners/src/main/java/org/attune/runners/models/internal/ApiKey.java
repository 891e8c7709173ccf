package org.attune.runners.models.internal;

/**
 * An API key read from the environment. It prints as {@code [redacted]} wherever it ends up (a
 * record's toString, a log line, an exception message), so only {@link #reveal()} hands it out.
 */
public final class ApiKey {
    private static final ApiKey NONE = new ApiKey("");

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    public static ApiKey of(String value) {
        return value == null || value.isBlank() ? NONE : new ApiKey(value.strip());
    }

    public static ApiKey none() {
        return NONE;
    }

    public boolean isPresent() {
        return !value.isEmpty();
    }

    /** The key itself, for the one place that sends it: the provider client. */
    public String reveal() {
        return value;
    }

    /** Replaces every occurrence of the key in a text (for messages that echo a request). */
    public String scrub(String text) {
        if (text == null || value.isEmpty() || !text.contains(value)) {
            return text;
        }
        return text.replace(value, "[redacted]");
    }

    @Override
    public String toString() {
        return isPresent() ? "[redacted]" : "[none]";
    }
}
