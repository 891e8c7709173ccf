package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.attune.evaluator.SharedMemo;
import org.junit.jupiter.api.Test;

/** The shared memories: bounded, and applyAll's gives what applying the operators afresh gives. */
class SharedMemoTest {
    @Test
    void theLeastRecentlyUsedEntryGoesOnceFull() {
        AtomicInteger made = new AtomicInteger();
        SharedMemo<Integer, String> memo = new SharedMemo<>(3);
        for (int k : new int[] {1, 2, 3, 1, 4, 1, 2}) {
            memo.get(k, x -> {
                made.incrementAndGet();
                return "v" + x;
            });
        }
        // 1, 2, 3 made; 1 remembered; 4 made, 2 (least recently used) forgotten; 1 remembered; 2 made, 3 forgotten
        assertThat(made.get()).isEqualTo(5);
        assertThat(memo.get(4, x -> "other")).isEqualTo("v4");
        assertThat(memo.get(3, x -> "other")).isEqualTo("other");
    }

    @Test
    void applyAllRemembersOnlyWhatApplyingAfreshGives() {
        RulesLibrary lib = RulesLibrary.builtin();
        List<String> ids = new ArrayList<>(lib.attributeIds());
        List<String> texts = new ArrayList<>(Corpus.load().values());
        Random r = new Random(18);
        for (int i = 0; i < 300; i++) {
            String text = texts.get(r.nextInt(texts.size()));
            Map<String, String> values = new LinkedHashMap<>();
            for (int k = 0; k < 1 + r.nextInt(5); k++) {
                String id = ids.get(r.nextInt(ids.size()));
                List<String> legal = lib.values(id);
                values.put(id, legal.get(r.nextInt(legal.size())));
            }
            String fresh = lib.applyNow(text, values);
            assertThat(lib.applyAll(text, values)).isEqualTo(fresh);
            Map<String, String> reordered = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>(values.keySet());
            Collections.reverse(keys);
            keys.forEach(k -> reordered.put(k, values.get(k)));
            assertThat(lib.applyAll(new String(text), reordered)).as("remembered, other order").isEqualTo(fresh);
            assertThat(lib.applyNow(text, reordered)).as("order never mattered").isEqualTo(fresh);
        }
    }
}
