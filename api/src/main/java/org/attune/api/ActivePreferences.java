package org.attune.api;

import java.util.List;
import java.util.Optional;

/** The sparse set of active preferences for one (item, persona) pair (SPEC §1). */
public record ActivePreferences(List<ActivePreference> items) {

    public ActivePreferences {
        items = List.copyOf(items);
    }

    public Optional<ActivePreference> find(String attributeId) {
        return items.stream().filter(p -> p.attribute().equals(attributeId)).findFirst();
    }

    public boolean contains(String attributeId) {
        return find(attributeId).isPresent();
    }

    public List<String> attributeIds() {
        return items.stream().map(ActivePreference::attribute).toList();
    }

    public int size() {
        return items.size();
    }
}
