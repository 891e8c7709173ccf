package org.attune.runners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.BigFive;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.attune.api.TaskSet;

/** Content made in code, so port tests do not depend on the built-in library. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final Item ITEM = new Item("sum-1", "Ana has 3 apples and buys 4 more. How many apples does she have?",
            List.of(), "7", List.of(), "Ana starts with 3 apples. Buying 4 more gives 3 + 4 = 7 apples.\n\nThe answer is 7.",
            "textbook", List.of("addition"));

    public static final TaskSet TASK = new TaskSet("fixture-math", "Fixture math", "math", AnswerType.NUMBER, List.of(ITEM));

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

    public static ActivePreferences active() {
        return new ActivePreferences(List.of(
                new ActivePreference("layout", "bullets", 5, 5 / 12.0),
                new ActivePreference("word-budget", "brief", 4, 4 / 12.0),
                new ActivePreference("encouragement", "5", 3, 3 / 12.0)));
    }
}
