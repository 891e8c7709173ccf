package org.attune.evaluator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded memory of values of a pure function, shared by threads: the least recently used entry
 * goes once {@code capacity} are held. Values are made outside the lock, so two threads may both
 * make one value (the same value: the function is pure); null values are not remembered.
 */
public final class SharedMemo<K, V> {
    private final Map<K, V> map;

    public SharedMemo(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value remembered for key, or make's, then remembered. */
    public V get(K key, Function<K, V> make) {
        synchronized (map) {
            V v = map.get(key);
            if (v != null) {
                return v;
            }
        }
        V v = make.apply(key);
        if (v != null) {
            synchronized (map) {
                map.put(key, v);
            }
        }
        return v;
    }
}
