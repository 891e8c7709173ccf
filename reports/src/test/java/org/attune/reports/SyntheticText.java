package org.attune.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Text for synthetic episodes: word problems with computed answers, responses in a few layouts and
 * an edit of each response, so pages, diffs and searches have realistic material to work on.
 */
final class SyntheticText {
    static final List<String> HOSTILE = List.of(
            "<script>window.__attunePwned = 1</script>",
            "<img src=x onerror=\"window.__attunePwned = 2\">",
            "<a href=\"javascript:window.__attunePwned = 3\">click for the answer</a>",
            "{{ 7*7 }} {% if true %}TEMPLATE-RAN{% endif %} {# comment #}",
            "</script><script>window.__attunePwned = 4</script>",
            "\"><svg onload=\"window.__attunePwned = 5\"><!--",
            "line\u2028separator\u2029paragraph & ampersand ]]> \u0001control");

    private static final String[] THINGS = {"muffins", "bolts", "tickets", "seedlings", "crates", "pages", "tiles"};
    private static final String[] PEOPLE = {"Amara", "Jonas", "Priya", "Tomás", "Wen", "Olu", "Greta", "Malik"};
    private static final String[] FILLER = {
        "It helps to name each quantity before combining them.",
        "A quick sanity check is to estimate the size of the result first.",
        "Writing the relationship as an equation keeps the steps honest.",
        "Units stay the same throughout, so no conversion is needed.",
        "The order of the operations matters here, so work left to right.",
        "Rounding too early would throw the final figure off.",
        "Checking the result against the original statement confirms it."};

    private SyntheticText() {
    }

    record Problem(String question, String answer, List<String> steps) {
    }

    static Problem problem(SplittableRandom r, String domain, int n) {
        String who = PEOPLE[r.nextInt(PEOPLE.length)];
        String what = THINGS[r.nextInt(THINGS.length)];
        int a = 12 + r.nextInt(180);
        int b = 3 + r.nextInt(60);
        int c = 2 + r.nextInt(9);
        return switch (domain) {
            case "logic" -> new Problem("Every " + what.replaceAll("s$", "") + " in the shed is labelled. Some labelled items are red. "
                    + who + " claims that some " + what + " must be red. Which option is right?\nA) The claim follows\n"
                    + "B) The claim does not follow\nC) The claim contradicts the premises", "B",
                    List.of("The premises say every " + what.replaceAll("s$", "") + " is labelled.",
                            "Only some labelled items are red, and those may all be other things.",
                            "So nothing forces any of the " + what + " to be red."));
            case "knowledge" -> new Problem("Item " + n + ": which planet has the shortest year, and roughly how"
                    + " many Earth days does it last?", "Mercury",
                    List.of("The closer a planet is to the Sun, the shorter its orbit.",
                            "Mercury is the innermost planet.", "Its year lasts about 88 Earth days."));
            default -> new Problem(who + " packs " + a + " " + what + " on Monday and " + b + " more on Tuesday, then"
                    + " splits everything evenly into " + c + " boxes, setting aside the remainder. How many " + what
                    + " go in each box?", String.valueOf((a + b) / c),
                    List.of("Add the two days: " + a + " + " + b + " = " + (a + b) + ".",
                            "Divide by the " + c + " boxes: " + (a + b) + " ÷ " + c + " = " + (a + b) / c
                                    + " with " + (a + b) % c + " left over.",
                            "Each box therefore holds " + (a + b) / c + " " + what + "."));
        };
    }

    /** A response in one of three layouts, stating the given answer. */
    static String response(SplittableRandom r, Problem p, String answer, int layout, int extra) {
        List<String> lines = new ArrayList<>();
        List<String> body = new ArrayList<>(p.steps());
        for (int i = 0; i < extra; i++) {
            body.add(r.nextInt(body.size() + 1), FILLER[r.nextInt(FILLER.length)]);
        }
        switch (layout) {
            case 0 -> {
                lines.add("Let's work through it.");
                lines.add(String.join(" ", body));
                lines.add("The answer is " + answer + ".");
            }
            case 1 -> {
                lines.add("Answer: " + answer);
                for (String s : body) {
                    lines.add("- " + s);
                }
            }
            default -> {
                for (int i = 0; i < body.size(); i++) {
                    lines.add((i + 1) + ". " + body.get(i));
                }
                lines.add("So the answer is " + answer + ".");
            }
        }
        return String.join("\n\n", lines);
    }

    /** The user's edit: answer first, filler dropped, a closing summary added. */
    static String edit(SplittableRandom r, Problem p, String response, String answer) {
        StringBuilder sb = new StringBuilder("Answer: ").append(answer).append("\n\n");
        for (String s : p.steps()) {
            sb.append("- ").append(s).append('\n');
        }
        if (r.nextBoolean()) {
            sb.append("\nIn short: ").append(answer).append('.');
        }
        return sb.toString().strip();
    }
}
