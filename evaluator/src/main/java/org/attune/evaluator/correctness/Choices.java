package org.attune.evaluator.correctness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads which option an extracted choice answer names: a letter written as "(C)", "C)", "C.",
 * "C", "option C", "**C**", or the option's own text. The article "a" and capitals that start a
 * word ("Carbon") are not letters.
 */
final class Choices {
    private static final Pattern STRONG = Pattern.compile(
            "^(?:\\((?<p>[A-Za-z])\\)(?!\\w)|(?<w>[A-Za-z])$|(?<b>[A-Z])[).:,](?!\\w)|(?<d>[A-Z])\\s*[-–—:]\\s)");
    private static final Pattern BARE_LETTER = Pattern.compile("\\(?([A-Za-z])\\)?[.)]?");
    private static final Pattern WEAK = Pattern.compile("^(?<l>[A-Z])(?![\\p{L}\\d])(?:\\s+(?<next>\\S+))?");
    private static final Set<String> CONNECTIVES = Set.of(
            "is", "because", "since", "as", "which", "for", "would", "seems", "and", "-", "–", "—", "(", "here");
    private static final Pattern DECORATION = Pattern.compile(
            "^(?:(?:the\\s+)?(?:option|choice|letter)\\s*)", Pattern.CASE_INSENSITIVE);

    /** Compiled once: String.replaceAll compiles its pattern on every call. */
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\text(?:bf|rm|it)?\\s*\\{([^{}]*)\\}");
    private static final Pattern MARKUP = Pattern.compile("[*`\"“”]");
    private static final Pattern BRACKETED_LETTER = Pattern.compile("^\\[([A-Za-z])\\]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_PERIODS = Pattern.compile("[.]+$");

    private Choices() {
    }

    /**
     * The 0-based options an extraction names: one for a letter; for option text, every option
     * with that same text (some benchmarks repeat an option). Empty when it names none.
     */
    static List<Integer> pick(Extraction e, List<String> choices) {
        String s = clean(e.text());
        List<Integer> exact = byText(e, choices, Choices::verbatim);
        if (!exact.isEmpty()) {
            return exact;
        }
        int strong = strongLetter(s, choices.size());
        if (strong >= 0) {
            return List.of(strong);
        }
        List<Integer> loose = byText(e, choices, t -> verbatim(t).toLowerCase(Locale.ROOT));
        if (loose.isEmpty()) {
            loose = byText(e, choices, Texts::normalize);
        }
        if (!loose.isEmpty()) {
            return loose;
        }
        int weak = weakLetter(s, choices.size());
        return weak >= 0 ? List.of(weak) : List.of();
    }

    /** The extraction without math delimiters, \text{}, emphasis and an "option" prefix. */
    static String clean(String text) {
        String s = Latex.unwrapMath(text.strip());
        s = MARKUP.matcher(TEXT_COMMAND.matcher(s).replaceAll("$1")).replaceAll("").strip();
        s = DECORATION.matcher(s).replaceFirst("").strip();
        return BRACKETED_LETTER.matcher(s).replaceAll("($1)");
    }

    private static int strongLetter(String s, int n) {
        Matcher m = STRONG.matcher(s);
        if (!m.find()) {
            return -1;
        }
        for (String g : new String[] {"p", "w", "b", "d"}) {
            if (m.group(g) != null) {
                return index(m.group(g), n);
            }
        }
        return -1;
    }

    private static int weakLetter(String s, int n) {
        Matcher m = WEAK.matcher(s);
        if (!m.find()) {
            return -1;
        }
        String next = m.group("next");
        // "A mammal" is an article, "C Planetary ..." or "B because ..." name an option
        if (next != null && Character.isLowerCase(next.charAt(0)) && !CONNECTIVES.contains(next)) {
            return -1;
        }
        return index(m.group("l"), n);
    }

    private static int index(String letter, int n) {
        int i = Character.toUpperCase(letter.charAt(0)) - 'A';
        return i >= 0 && i < n ? i : -1;
    }

    /** Text as written, without emphasis, surrounding quotes, extra spaces or a final period. */
    private static String verbatim(String t) {
        String s = SPACES.matcher(MARKUP.matcher(t).replaceAll("")).replaceAll(" ").strip();
        return END_PERIODS.matcher(s).replaceAll("").strip();
    }

    /**
     * The options whose text, read through {@code form}, the answer tail equals or starts with
     * (at a word boundary); the longest such text wins, and every option with that text counts.
     */
    private static List<Integer> byText(Extraction e, List<String> choices, UnaryOperator<String> form) {
        String tail = form.apply(e.tail());
        String best = null;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String option = form.apply(choices.get(i));
            if (option.isEmpty() || looksLikeLabel(choices.get(i), choices.size()) || !names(tail, option)) {
                continue;
            }
            if (best == null || option.length() > best.length()) {
                best = option;
                out.clear();
                out.add(i);
            } else if (option.equals(best)) {
                out.add(i);
            }
        }
        return out;
    }

    /** An option whose text is itself an option letter ("B" of four) is named by letter only. */
    private static boolean looksLikeLabel(String option, int n) {
        Matcher m = BARE_LETTER.matcher(verbatim(option));
        return m.matches() && index(m.group(1), n) >= 0;
    }

    private static boolean names(String tail, String option) {
        if (tail.equals(option)) {
            return true;
        }
        if (!tail.startsWith(option)) {
            return false;
        }
        int n = option.length();
        char next = tail.charAt(n);
        // "1/2" or "1.5" does not name an option "1"
        boolean numberGoesOn = ".,/".indexOf(next) >= 0 && n + 1 < tail.length() && Character.isDigit(tail.charAt(n + 1));
        return !Character.isLetterOrDigit(next) && !numberGoesOn;
    }
}
