package org.attune.tasks.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.api.Attribute;
import org.attune.api.Category;
import org.attune.api.CheckKind;

/**
 * The judge attribute a PrefDisco rubric criterion stands for: its name and description, a 1-5
 * scale whose anchors are the criterion's level texts, a category guessed from its words and
 * question hints built from its name. Shared by {@code attune import prefdisco} and direct runs,
 * so that both read a criterion the same way.
 */
public final class PrefDiscoAttributes {
    /** How the id of every PrefDisco criterion begins. */
    public static final String ID_PREFIX = "pd-";

    private PrefDiscoAttributes() {
    }

    /** Whether an attribute id is a PrefDisco criterion's. */
    public static boolean isCriterion(String attributeId) {
        return attributeId.startsWith(ID_PREFIX);
    }

    /**
     * The attribute of {@code c} under {@code id}, applying to {@code domains}; no cues (it is judged, not
     * checked). Its description is the preference's own, then the person's value with its range and the
     * rubric's wording of the criterion; its scale anchors are the rubric's levels.
     */
    public static Attribute of(PrefDiscoItem.Criterion c, String id, List<String> domains) {
        Map<Integer, String> scale = new LinkedHashMap<>();
        for (int s : new int[] {1, 3, 5}) {
            scale.put(s, c.anchors().get(s));
        }
        String topic = c.name().toLowerCase(Locale.ROOT);
        List<String> hints = List.of(
                "Do you have a preference about " + topic + "?",
                "How much does " + topic + " matter to you in an answer?",
                "Should I pay attention to " + topic + " when I explain this?");
        Category category = "expertise".equalsIgnoreCase(c.kind()) ? Category.EXPERTISE
                : category(c.name() + " " + c.description());
        return new Attribute(id, c.name(), description(c), category, scale, List.of(), domains, hints, CheckKind.JUDGE,
                List.of());
    }

    /** The preference's description, the person's value (on its range) and the criterion's wording. */
    static String description(PrefDiscoItem.Criterion c) {
        StringBuilder sb = new StringBuilder(c.description().strip());
        sb.append(sb.toString().matches(".*[.!?]$") ? " " : ". ").append("The person's value: ").append(c.value());
        if (c.valueRange() != null) {
            sb.append(" (range: ").append(c.valueRange()).append(')');
        }
        sb.append('.');
        if (c.criterion() != null && !c.criterion().equals(c.description())) {
            sb.append(" Judged as: ").append(c.criterion().strip());
        }
        return sb.toString();
    }

    /** A catalog category from words in the criterion; content when nothing fits. */
    static Category category(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches(".*(format|length|layout|bullet|list|heading|table|structure|concise|brief|filler).*")) {
            return Category.FORMAT;
        }
        if (t.matches(".*(encourag|reassur|warm|calm|empath|anxi|confiden|emotion).*")) {
            return Category.AFFECT;
        }
        if (t.matches(".*(tone|vocabular|jargon|formal|language|wording|plain).*")) {
            return Category.LANGUAGE;
        }
        if (t.matches(".*(analog|field|expert|profession|domain|career).*")) {
            return Category.EXPERTISE;
        }
        if (t.matches(".*(step|example|explain|intuition|check|question|scaffold|practice|hand).*")) {
            return Category.PEDAGOGY;
        }
        return Category.CONTENT;
    }
}
