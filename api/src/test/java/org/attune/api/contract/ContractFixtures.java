package org.attune.api.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.AnswerType;
import org.attune.api.Attribute;
import org.attune.api.BigFive;
import org.attune.api.Category;
import org.attune.api.CheckKind;
import org.attune.api.Choice;
import org.attune.api.Item;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.api.TaskSet;

/** Content made from the api records alone, so the port contracts run against any implementation. */
public final class ContractFixtures {
    private ContractFixtures() {
    }

    public static final Item ITEM = new Item("sum-1", "Ana has 3 apples and buys 4 more. How many apples does she have?",
            List.of(), "7", List.of(), "Ana starts with 3 apples. Buying 4 more gives 3 + 4 = 7 apples.\n\nThe answer is 7.",
            "textbook", List.of("addition"));

    public static final TaskSet TASK = new TaskSet("fixture-math", "Fixture math", "math", AnswerType.NUMBER, List.of(ITEM));

    /** A person with preferences on choice and scale attributes, rules- and judge-checked. */
    public static Persona persona() {
        Map<String, Preference> p = new LinkedHashMap<>();
        p.put("layout", new Preference("bullets", 5, "I skim on my phone"));
        p.put("word-budget", new Preference("brief", 4, "I am busy"));
        p.put("encouragement", new Preference("5", 3, "maths makes me nervous"));
        p.put("emoji", new Preference("none", 2, null));
        p.put("humor", new Preference("1", 1, null));
        return new Persona("fx1", "Fixture Person", 41, "baker", "Porto, Portugal", "Runs a small bakery.",
                new BigFive(3, 4, 3, 4, 4, Map.of()), "Visual learner.", "Worries about numbers.",
                List.of("baking", "cycling"), p);
    }

    /** Three of the persona's preferences, as a run activates them for an item. */
    public static ActivePreferences active() {
        return new ActivePreferences(List.of(
                new ActivePreference("layout", "bullets", 5, 5 / 12.0),
                new ActivePreference("word-budget", "brief", 4, 4 / 12.0),
                new ActivePreference("encouragement", "5", 3, 3 / 12.0)));
    }

    /** The criteria the judge contract scores: two choice attributes checked by rules, two scales by a judge. */
    public static List<Attribute> attributes() {
        return List.of(
                choices("layout", "Layout", "Whether the response is prose, a bulleted list or numbered steps.",
                        List.of(new Choice("prose", "flowing paragraphs, no lists"),
                                new Choice("bullets", "a bulleted list of short points"),
                                new Choice("numbered-steps", "numbered steps, one action per step"))),
                choices("word-budget", "Length", "How long the response should be, in words.",
                        List.of(new Choice("brief", "no more than about sixty words"),
                                new Choice("moderate", "up to about a hundred and fifty words"),
                                new Choice("thorough", "at least a hundred and sixty words"))),
                scale("encouragement", "Encouragement", "Warm, encouraging words that build confidence.",
                        "strictly neutral", "lots of warmth", List.of("you've got this", "well done")),
                scale("humor", "Humor", "A light, playful touch of humor.", "completely serious",
                        "playful throughout", List.of("joke", "fun fact")));
    }

    /** The fixture attribute with this id. */
    public static Attribute attribute(String id) {
        return attributes().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture attribute " + id));
    }

    private static Attribute choices(String id, String name, String description, List<Choice> choices) {
        return new Attribute(id, name, description, Category.FORMAT, null, choices, null,
                List.of("How would you like it?"), CheckKind.RULES, null);
    }

    private static Attribute scale(String id, String name, String description, String low, String high,
                                   List<String> cues) {
        return new Attribute(id, name, description, Category.AFFECT, Map.of(1, low, 5, high), null, null,
                List.of("How much " + name.toLowerCase(java.util.Locale.ROOT) + " would you like?"), CheckKind.JUDGE, cues);
    }
}
