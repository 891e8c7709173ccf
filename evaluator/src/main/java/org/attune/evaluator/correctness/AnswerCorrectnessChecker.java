package org.attune.evaluator.correctness;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Correctness;
import org.attune.api.CorrectnessChecker;
import org.attune.api.Item;
import org.attune.evaluator.SharedMemo;

/**
 * The deterministic correctness check of SPEC §3. The answer is located by
 * {@link AnswerExtractor} and compared by type: numbers within a relative tolerance of 1e-6
 * (absolute at 0); choices by letter or option text; text by normalized exact match against
 * the gold answer or any alias; expressions by normalized content or, when both sides are
 * numbers, numerically. Open items are not applicable. A response with no findable answer is
 * incorrect and the reason says so.
 */
public final class AnswerCorrectnessChecker implements CorrectnessChecker {
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?\\d{1,3}(?:,\\d{3})*|-?\\d+");

    public AnswerCorrectnessChecker() {
    }

    public static AnswerCorrectnessChecker create() {
        return new AnswerCorrectnessChecker();
    }

    @Override
    public Correctness check(AnswerType type, Item item, String response) {
        if (type == null || type == AnswerType.OPEN) {
            return Correctness.notApplicable();
        }
        if (item.answer() == null || item.answer().isBlank()) {
            return new Correctness(false, null, "item has no gold answer");
        }
        if (response == null || response.isBlank()) {
            return new Correctness(false, null, "empty response");
        }
        return CHECKED.get(new Check(type, item, response), c -> checkNow(type, item, response));
    }

    /**
     * Verdicts already reached: a long offline suite checks the same response to the same item
     * several times within a few episodes (the plain agent answers alike in every condition).
     * Bounded to the last few hundred.
     */
    private record Check(AnswerType type, Item item, String response) {
    }

    private static final SharedMemo<Check, Correctness> CHECKED = new SharedMemo<>(512);

    private static Correctness checkNow(AnswerType type, Item item, String response) {
        Extraction e = AnswerExtractor.find(type, response);
        if (e == null) {
            return new Correctness(false, null, "no answer found: " + missing(type));
        }
        return switch (type) {
            case NUMBER -> number(item, e);
            case CHOICE -> choice(item, e);
            case TEXT -> text(item, e);
            default -> expression(item, e);
        };
    }

    private static String missing(AnswerType type) {
        return switch (type) {
            case NUMBER -> "no \\boxed{}, no answer phrase and no number";
            case CHOICE -> "no \\boxed{}, no answer phrase and no option letter";
            default -> "no \\boxed{} and no answer phrase";
        };
    }

    private static Correctness number(Item item, Extraction e) {
        Double gold = goldNumber(item.answer());
        if (gold == null) {
            return new Correctness(false, e.text(), "gold answer \"" + item.answer() + "\" is not a number");
        }
        Numbers.Num got = Numbers.first(e.text());
        if (got == null) {
            return new Correctness(false, e.text(), "no number in the " + e.via().label());
        }
        for (String alias : item.aliases()) {
            Double a = goldNumber(alias);
            if (a != null && sameNumber(got, a, alias)) {
                return verdict(true, got.raw(), e, alias);
            }
        }
        return verdict(sameNumber(got, gold, item.answer()), got.raw(), e, item.answer());
    }

    /**
     * Within the relative tolerance; but two whole numbers written as integers must be equal,
     * so 1,450,001 is not accepted for 1,450,000 (which 1e-6 of it would allow).
     */
    private static boolean sameNumber(Numbers.Num got, double gold, String goldText) {
        if (INTEGER.matcher(got.raw()).matches() && INTEGER.matcher(goldText.strip()).matches()) {
            return got.value() == gold;
        }
        return Numbers.close(got.value(), gold);
    }

    private static Double goldNumber(String gold) {
        Double whole = Numbers.whole(gold);
        if (whole != null) {
            return whole;
        }
        List<Numbers.Num> all = Numbers.findAll(gold);
        return all.size() == 1 ? all.get(0).value() : null;
    }

    private static Correctness choice(Item item, Extraction e) {
        int gold = item.answer().strip().toUpperCase(java.util.Locale.ROOT).charAt(0) - 'A';
        List<Integer> named = Choices.pick(e, item.choices());
        if (named.isEmpty()) {
            return new Correctness(false, e.text(), "the " + e.via().label() + " \"" + shorten(e.text())
                    + "\" names no option A-" + Item.letter(Math.max(item.choices().size(), 1) - 1));
        }
        boolean correct = named.contains(gold);
        return verdict(correct, Item.letter(correct ? gold : named.get(0)), e, Item.letter(gold));
    }

    private static Correctness text(Item item, Extraction e) {
        List<String> golds = new ArrayList<>();
        golds.add(Texts.normalize(item.answer()));
        item.aliases().forEach(a -> golds.add(Texts.normalize(a)));
        List<String> readings = Texts.readings(e.tail());
        readings.add(0, Texts.normalize(e.text()));
        for (String r : readings) {
            if (!r.isEmpty() && golds.contains(r)) {
                return verdict(true, e.text(), e, item.answer());
            }
        }
        return verdict(false, e.text(), e, item.answer());
    }

    private static Correctness expression(Item item, Extraction e) {
        List<String> golds = new ArrayList<>();
        golds.add(item.answer());
        golds.addAll(item.aliases());
        for (String g : golds) {
            if (sameExpression(e.text(), g)) {
                return verdict(true, e.text(), e, item.answer());
            }
        }
        return verdict(false, e.text(), e, item.answer());
    }

    /** Normalized content equality, with or without a leading "x =", or numeric equality. */
    static boolean sameExpression(String got, String gold) {
        String a = Expressions.normalize(got);
        String b = Expressions.normalize(gold);
        if (a.equals(b) || Expressions.withoutAssignment(a).equals(Expressions.withoutAssignment(b))) {
            return true;
        }
        // a worded answer such as \text{East} is not case-sensitive
        if (b.matches("\\p{L}{2,}") && a.equalsIgnoreCase(b)) {
            return true;
        }
        Double x = numeric(got, a);
        Double y = numeric(gold, b);
        return x != null && y != null && Numbers.close(x, y);
    }

    private static Double numeric(String raw, String normalized) {
        Double v = Numbers.whole(Latex.unwrapMath(raw));
        return v != null ? v : Numbers.whole(Expressions.withoutAssignment(normalized));
    }

    private static Correctness verdict(boolean correct, String extracted, Extraction e, String gold) {
        String reason = correct
                ? "matches the gold answer " + gold + " (found by " + e.via().label() + ")"
                : "found " + shorten(extracted) + " by " + e.via().label() + "; the gold answer is " + gold;
        return new Correctness(correct, extracted, reason);
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
