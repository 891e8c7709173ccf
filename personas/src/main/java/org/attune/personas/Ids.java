package org.attune.personas;

import java.util.regex.Pattern;

/** Identifier rules shared by every content type: ids become file and key parts, so they stay tame. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern LOOSE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    private Ids() {
    }

    /** kebab-case style id: lowercase letters, digits, dot, dash, underscore; no path separators. */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches() && !id.contains("..");
    }

    /** A looser rule for ids that come from public data sets (mixed case, colons), still path-safe. */
    public static boolean isSafe(String id) {
        return id != null && LOOSE.matcher(id).matches() && !id.contains("..");
    }
}
