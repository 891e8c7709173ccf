package org.attune.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.attune.api.TaskSet;
import org.junit.jupiter.api.Test;

/**
 * The two open writing sets of the longitudinal mode: enough items of each kind, passages and
 * references of the promised length, and references in the plain default style that a simulated
 * user's preferences then edit away from.
 */
class WritingTaskSetsTest {
    private static final String SUMMARIES = "summarize-passages";
    private static final String EMAILS = "email-from-notes";
    private static final String EMAIL_INSTRUCTION = "Write an email from these notes.";

    private static final Pattern LIST_LINE = Pattern.compile("(?m)^\\s*(?:[-*+•]\\s|\\d+[.)]\\s)");
    private static final Pattern CONTRACTION =
            Pattern.compile("(?i)[a-z](?:n['’]t|['’](?:s|re|ll|ve|d|m))\\b");
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(?:you|your|yours|yourself|yourselves)\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:probably|likely|perhaps|might|maybe|possibly)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private static TaskSet set(String id) {
        TaskSet set = TaskSets.builtin().get(id);
        assertThat(set).as(id).isNotNull();
        return set;
    }

    static int words(String text) {
        int n = 0;
        for (String token : text.strip().split("\\s+")) {
            if (WORD.matcher(token).find()) {
                n++;
            }
        }
        return n;
    }

    /** The text after the first blank line: the passage or the notes. */
    static String body(String question) {
        int at = question.indexOf("\n\n");
        return at < 0 ? "" : question.substring(at + 2).strip();
    }

    /** Every way the text breaks the plain default style; empty when it is plain. */
    static List<String> styleProblems(String text) {
        List<String> out = new ArrayList<>();
        if (LIST_LINE.matcher(text).find()) {
            out.add("list line");
        }
        if (text.contains("#")) {
            out.add("heading mark");
        }
        if (text.contains("**") || text.contains("__") || text.contains("`")) {
            out.add("emphasis markup");
        }
        if (text.contains("!")) {
            out.add("exclamation mark");
        }
        if (text.contains("\\") || text.contains("$")) {
            out.add("LaTeX");
        }
        CONTRACTION.matcher(text).results().forEach(m -> out.add("contraction \"" + m.group() + "\""));
        SECOND_PERSON.matcher(text).results().forEach(m -> out.add("second person \"" + m.group() + "\""));
        HEDGE.matcher(text).results().forEach(m -> out.add("hedge \"" + m.group() + "\""));
        if (text.codePoints().anyMatch(c -> c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF))) {
            out.add("emoji");
        }
        return out;
    }

    @Test
    void bothSetsLoadAsOpenWritingSetsWithFortyItems() {
        for (String id : List.of(SUMMARIES, EMAILS)) {
            TaskSet set = set(id);
            assertThat(set.domain()).as(id).isEqualTo("writing");
            assertThat(set.answerType()).as(id).isEqualTo(AnswerType.OPEN);
            assertThat(set.items().size()).as(id).isGreaterThanOrEqualTo(40);
            String prefix = id.equals(SUMMARIES) ? "sp-" : "ef-";
            for (Item item : set.items()) {
                assertThat(item.id()).startsWith(prefix);
                assertThat(item.answer()).as(item.id()).isNull();
                assertThat(item.tags()).as(item.id()).isNotEmpty();
                assertThat(item.solution()).as(item.id()).isNotBlank();
            }
        }
    }

    @Test
    void passagesFollowAnInstructionAndRunFrom150To400Words() {
        List<String> problems = new ArrayList<>();
        for (Item item : set(SUMMARIES).items()) {
            String instruction = item.question().split("\n\n", 2)[0].strip();
            int n = words(body(item.question()));
            if (!instruction.startsWith("Summarize") || instruction.contains("\n")) {
                problems.add(item.id() + ": instruction \"" + instruction + "\"");
            }
            if (n < 150 || n > 400) {
                problems.add(item.id() + ": passage has " + n + " words");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void notesAreFourToEightTerseLinesAfterTheInstruction() {
        List<String> problems = new ArrayList<>();
        for (Item item : set(EMAILS).items()) {
            List<String> lines = body(item.question()).lines().filter(l -> !l.isBlank()).toList();
            if (!item.question().startsWith(EMAIL_INSTRUCTION + "\n\n")) {
                problems.add(item.id() + ": does not start with the instruction and a blank line");
            }
            if (lines.size() < 4 || lines.size() > 8) {
                problems.add(item.id() + ": " + lines.size() + " note lines");
            }
            lines.stream().filter(l -> words(l) > 20).forEach(l -> problems.add(item.id() + ": long note \"" + l + "\""));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void emailsOpenWithAGreetingLineAndCloseWithAShortSignOff() {
        List<String> problems = new ArrayList<>();
        for (Item item : set(EMAILS).items()) {
            String[] blocks = item.solution().strip().split("\n\n");
            String greeting = blocks[0];
            List<String> signOff = blocks[blocks.length - 1].lines().toList();
            if (blocks.length < 3 || greeting.contains("\n") || !greeting.endsWith(",") || words(greeting) > 6) {
                problems.add(item.id() + ": no greeting line of its own");
            }
            if (signOff.size() < 2 || signOff.size() > 3 || !signOff.get(0).endsWith(",")
                    || signOff.stream().anyMatch(l -> words(l) > 6)) {
                problems.add(item.id() + ": no short sign-off");
            }
            for (int b = 1; b < blocks.length - 1; b++) {
                if (blocks[b].contains("\n")) {
                    problems.add(item.id() + ": paragraph " + b + " is broken across lines");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void sourcesCoverEnoughKindsWithEightItemsEach() {
        assertKinds(set(SUMMARIES), 5);
        assertKinds(set(EMAILS), 4);
        assertThat(kinds(set(SUMMARIES)).keySet())
                .contains("news", "forum-post", "encyclopedia", "research-abstract", "product-review");
        assertThat(kinds(set(EMAILS)).keySet())
                .contains("work-request", "scheduling", "customer-complaint", "personal-thanks");
    }

    @Test
    void referenceLengthsAreInRange() {
        List<String> problems = new ArrayList<>();
        lengths(set(SUMMARIES), 50, 110, problems);
        lengths(set(EMAILS), 70, 150, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void referencesAreInThePlainDefaultStyle() {
        List<String> problems = new ArrayList<>();
        for (String id : List.of(SUMMARIES, EMAILS)) {
            for (Item item : set(id).items()) {
                styleProblems(item.solution()).forEach(p -> problems.add(item.id() + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theStyleRulesCatchEachBreach() {
        assertThat(styleProblems("The council approved the plan. It takes effect in May.")).isEmpty();
        assertThat(styleProblems("The plan:\n- cheaper buses\n- more trains")).containsExactly("list line");
        assertThat(styleProblems("Steps\n1. Open the lid.")).containsExactly("list line");
        assertThat(styleProblems("# Summary\nThe plan passed.")).containsExactly("heading mark");
        assertThat(styleProblems("The plan **passed**.")).containsExactly("emphasis markup");
        assertThat(styleProblems("The plan passed!")).containsExactly("exclamation mark");
        assertThat(styleProblems("The cost is $x^2$.")).containsExactly("LaTeX");
        assertThat(styleProblems("It isn't cheap, the town's budget won't cover it and we'll see."))
                .containsExactly("contraction \"sn't\"", "contraction \"n's\"", "contraction \"on't\"",
                        "contraction \"e'll\"");
        assertThat(styleProblems("As you know, your order shipped.")).hasSize(2);
        assertThat(styleProblems("It will probably rain, so it might flood.")).hasSize(2);
        assertThat(styleProblems("The launch went well \uD83D\uDE80.")).containsExactly("emoji");
        assertThat(styleProblems("Young people in the youth league")).isEmpty();
    }

    @Test
    void wordsCountTokensThatHoldALetterOrDigit() {
        assertThat(words("  The plan — approved in 2024, at last.  ")).isEqualTo(7);
        assertThat(body("Summarize this.\n\nOne two three.")).isEqualTo("One two three.");
    }

    private static Map<String, Long> kinds(TaskSet set) {
        return set.items().stream().collect(Collectors.groupingBy(
                i -> i.source() == null ? "" : i.source(), Collectors.counting()));
    }

    private static void assertKinds(TaskSet set, int atLeast) {
        Map<String, Long> kinds = kinds(set);
        assertThat(kinds).as(set.id()).doesNotContainKey("").hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(kinds.values()).as(set.id() + " " + kinds).allMatch(n -> n >= 8);
    }

    private static void lengths(TaskSet set, int min, int max, List<String> problems) {
        for (Item item : set.items()) {
            int n = words(item.solution());
            if (n < min || n > max) {
                problems.add(item.id() + ": reference has " + n + " words, want " + min + "-" + max);
            }
        }
    }
}
