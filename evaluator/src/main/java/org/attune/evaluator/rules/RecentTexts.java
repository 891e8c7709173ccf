package org.attune.evaluator.rules;

import java.util.function.Function;

/**
 * What was worked out for the last few texts one thread saw, by text. Scoring and editing ask about
 * the same text many times in a row (the judge, then the editor before and after each operator), so
 * a small per-thread memory of derived values (outlines, checker degrees) saves most of the work.
 * Values must be pure functions of the text; use one instance per kind of value, from one thread.
 */
final class RecentTexts<V> {
    private static final int SIZE = 8;
    private final String[] texts = new String[SIZE];
    private final Object[] values = new Object[SIZE];
    private int next;

    /** One memory per thread. */
    static <V> ThreadLocal<RecentTexts<V>> perThread() {
        return ThreadLocal.withInitial(RecentTexts::new);
    }

    /** The value remembered for {@code text}, or {@code make}'s, remembered in place of the oldest. */
    @SuppressWarnings("unchecked")
    V get(String text, Function<String, V> make) {
        for (int i = 0; i < SIZE; i++) {
            String t = texts[i];
            if (t != null && (t == text || t.length() == text.length() && t.equals(text))) {
                return (V) values[i];
            }
        }
        V v = make.apply(text);
        texts[next] = text;
        values[next] = v;
        next = (next + 1) % SIZE;
        return v;
    }
}
