package org.attune.reports.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what was made for a key, for texts that recur across a run's episodes (persona cards,
 * short Markdown texts). Safe across threads; it stops remembering once it holds {@code limit}
 * entries, so a process rendering many runs never grows without bound. Two threads racing on one
 * key make the same value.
 */
final class BoundedMemo<K, V> {
    private final int limit;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    BoundedMemo(int limit) {
        this.limit = limit;
    }

    V get(K key, Function<K, V> make) {
        V v = values.get(key);
        if (v == null) {
            v = make.apply(key);
            if (values.size() < limit) {
                values.put(key, v);
            }
        }
        return v;
    }
}
