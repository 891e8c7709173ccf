package org.attune.tasks;

import java.util.List;

/** A named set of items that share a domain and an answer type (SPEC §1). */
public record TaskSet(String id, String name, String domain, AnswerType answerType, List<Item> items) {
    public TaskSet {
        items = List.copyOf(items);
    }

    public TaskSet limit(int n) {
        return n <= 0 || n >= items.size() ? this : new TaskSet(id, name, domain, answerType, items.subList(0, n));
    }
}
