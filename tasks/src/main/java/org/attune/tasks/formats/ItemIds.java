package org.attune.tasks.formats;

import java.util.Locale;

/** Path-safe item and set ids: the data's own id when it has one, else derived from the file. */
final class ItemIds {
    private ItemIds() {
    }

    /** {@code prefix-0001} for the record's ordinal. */
    static String derived(String prefix, int ordinal) {
        return prefix + "-" + String.format(Locale.ROOT, "%04d", ordinal);
    }

    /** The data's id made path-safe, prefixed when it is a bare number; derived when absent. */
    static String of(String prefix, String raw, int ordinal) {
        if (raw == null || raw.isBlank()) {
            return derived(prefix, ordinal);
        }
        String s = raw.strip().replaceAll("\\.json$", "").replaceAll("[^A-Za-z0-9._:-]+", "-")
                .replaceAll("\\.{2,}", ".").replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
        if (s.isEmpty()) {
            return derived(prefix, ordinal);
        }
        if (s.matches("\\d.*") || s.length() < 3) {
            s = prefix + "-" + s;
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** A task set id (kebab-case, lowercase) from a file stem: {@code gsm8k_test} -> {@code gsm8k_test}. */
    static String setId(String stem) {
        String s = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        if (s.isEmpty()) {
            s = "tasks";
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
