package org.attune.runners.agents;

import java.util.List;

/**
 * The criteria an item is judged on, when it brings its own rubric (a PrefDisco record): attribute
 * ids in the rubric's order; empty for items judged on sampled preferences.
 */
@FunctionalInterface
public interface ItemCriteria {
    ItemCriteria NONE = (task, item) -> List.of();

    List<String> of(String task, String item);
}
