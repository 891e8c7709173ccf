package org.attune.evaluator.correctness;

import java.util.List;
import org.attune.api.Item;

/** Tiny item builders for correctness tests. */
final class Items {
    private Items() {
    }

    static Item gold(String answer, String... aliases) {
        return new Item("t-1", "q", List.of(), answer, List.of(aliases), null, null, List.of());
    }

    static Item choice(String letter, String... options) {
        return new Item("t-1", "q", List.of(options), letter, List.of(), null, null, List.of());
    }
}
