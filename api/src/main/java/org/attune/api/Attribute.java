package org.attune.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A preference dimension (SPEC §1). Its value space is either a 1-5 {@code scale} with anchor
 * texts at 1, 3 and 5, or a closed list of {@code choices}; exactly one of the two is set.
 *
 * @param cues phrases whose presence in a response suggests the attribute is expressed
 *             (used only by the offline heuristic judge for {@code judge} attributes)
 */
public record Attribute(
        String id,
        String name,
        String description,
        Category category,
        Map<Integer, String> scale,
        List<Choice> choices,
        List<String> domains,
        List<String> questionHints,
        CheckKind check,
        List<String> cues) {

    public Attribute {
        scale = scale == null ? Map.of() : Map.copyOf(scale);
        choices = choices == null ? List.of() : List.copyOf(choices);
        domains = domains == null || domains.isEmpty() ? List.of("all") : List.copyOf(domains);
        questionHints = questionHints == null ? List.of() : List.copyOf(questionHints);
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isScale() {
        return choices.isEmpty();
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isRules() {
        return check == CheckKind.RULES;
    }

    /** Whether this attribute applies to items of the given domain. */
    public boolean appliesTo(String domain) {
        return domains.contains("all") || domains.contains(domain);
    }

    /** Every legal value, as strings: "1".."5" for a scale, else the choice values. */
    public List<String> values() {
        if (isScale()) {
            return List.of("1", "2", "3", "4", "5");
        }
        List<String> out = new ArrayList<>();
        for (Choice c : choices) {
            out.add(c.value());
        }
        return out;
    }

    public boolean isValidValue(String value) {
        return value != null && values().contains(value);
    }

    /**
     * The plain-language meaning of a value: the choice description, or for a scale the anchor
     * text of the nearest anchor (2 reads as between 1 and 3, and so on).
     */
    public String describe(String value) {
        if (!isScale()) {
            for (Choice c : choices) {
                if (c.value().equals(value)) {
                    return c.description();
                }
            }
            return value;
        }
        int v = Integer.parseInt(value);
        if (scale.containsKey(v)) {
            return scale.get(v);
        }
        int lower = v - 1;
        int upper = v + 1;
        return "somewhere between \"" + scale.get(lower) + "\" and \"" + scale.get(upper) + "\"";
    }
}
