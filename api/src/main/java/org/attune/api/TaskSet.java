package org.attune.api;

import java.util.List;

/** A named set of items that share a domain and an answer type (SPEC §1). */
public record TaskSet(String id, String name, String domain, AnswerType answerType, List<Item> items) {
    public TaskSet {
        items = List.copyOf(items);
    }

    /** How the item's gold is compared: its own answer type when it has one, else the set's. */
    public AnswerType typeOf(Item item) {
        return item.answerType() != null ? item.answerType() : answerType;
    }

    public TaskSet limit(int n) {
        return n <= 0 || n >= items.size() ? this : new TaskSet(id, name, domain, answerType, items.subList(0, n));
    }
}
