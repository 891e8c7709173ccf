package org.attune.tasks.formats;

import java.util.List;

/**
 * The per-item extension of a PrefDisco record: the person the item is personalized for and the
 * rubric that judges the response. Each criterion becomes a judge attribute for this item only,
 * weighted as given.
 *
 * @param itemId the id of the item in the loaded task set
 * @param persona the persona description, as plain text
 * @param criteria the rubric, in file order
 */
public record PrefDiscoItem(String itemId, String persona, List<Criterion> criteria) {
    public PrefDiscoItem {
        criteria = List.copyOf(criteria);
    }

    /**
     * One rubric criterion.
     *
     * @param id a path-safe kebab-case id derived from the preference name
     * @param name the preference name as written in the file
     * @param description what the preference asks for
     * @param value the persona's value for it (null when the record gives none)
     * @param importance the persona's local importance (null when absent)
     * @param weight the rubric weight, used as given
     * @param anchors the level texts at scores 1, 3 and 5
     */
    public record Criterion(String id, String name, String description, String value, Double importance,
                            double weight, java.util.Map<Integer, String> anchors) {
        public Criterion {
            anchors = java.util.Map.copyOf(anchors);
        }
    }
}
