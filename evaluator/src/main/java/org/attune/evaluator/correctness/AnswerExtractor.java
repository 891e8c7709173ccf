package org.attune.evaluator.correctness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.api.AnswerType;
import org.attune.evaluator.AnchoredScan;
import org.attune.evaluator.AsciiCase;
import org.attune.evaluator.correctness.Extraction.Via;

/**
 * Finds the answer a response states, in the order of SPEC §3: the last complete
 * {@code \boxed{...}}, else the last answer phrase ("the answer is ...", "Answer: ...",
 * "final answer: ...", "**Answer:** ..."; for choice items also "the correct option is ...",
 * "I would choose ..."), else for numbers the last number, for choices the last explicit letter
 * mention ("(C)", "option C", "**C**", "C is correct"), and for text and expressions a response
 * that is itself one short line. Style operators must leave this extraction unchanged.
 */
public final class AnswerExtractor {
    private static final Pattern BOX = Pattern.compile("\\\\(?:boxed|fbox)\\b\\s*");
    // "answer" then is / would be / : (markdown emphasis may sit between them); "answer to X is" too
    private static final String ANSWER_CUE = "\\banswer\\b(?:\\s*(?:\\*\\*|__)?\\s*"
            + "(?:(?:is|would\\s+be|will\\s+be|should\\s+be|must\\s+be|=)(?:\\s*\\*\\*)?\\s*:?|:)"
            + "|\\s+to\\s+[^.:\\n]{1,60}?\\s+is\\s*:?)";
    static final Pattern CUE = Pattern.compile(ANSWER_CUE, Pattern.CASE_INSENSITIVE);
    static final Pattern CHOICE_CUE = Pattern.compile(ANSWER_CUE
            + "|\\b(?:correct|right|best)\\s+(?:option|choice)\\s*(?:\\*\\*)?\\s*(?:is|would\\s+be|:)(?:\\s*\\*\\*)?\\s*:?"
            + "|\\bI(?:\\s+would|'d|\\s+will)?\\s+(?:choose|pick|select|go\\s+with)\\b:?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER_MENTION = Pattern.compile(
            "\\((?<a>[A-Z])\\)"
                    + "|(?i:\\b(?:option|choice)\\s*)\\(?(?<b>[A-Za-z])\\)?(?![\\p{L}\\d])"
                    + "|\\*\\*\\(?(?<c>[A-Z])\\)?[.):]?\\*\\*"
                    + "|(?m:^[\\s>*]*\\(?(?<d>[A-Z])\\)?[.):]?[\\s*]*$)"
                    + "|\\b(?<e>[A-Z])\\)?\\s+is\\s+(?:the\\s+)?(?:correct|right|best)\\b");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final int SHORT_LINE = 120;
    /** Compiled once (String.replaceAll and replaceFirst compile their pattern on every call). */
    private static final Pattern TRAILING_DOLLAR_OR_DOT = Pattern.compile("[$.]+$");
    private static final Pattern LEAD_MARK = Pattern.compile("^(?:\\*+|_{2,}|`+|:|>|\"|“|-\\s)\\s*");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s*_`\"”]+$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,:]+$");

    private AnswerExtractor() {
    }

    /**
     * The answer a response states for an item of this type, as written (for example
     * {@code 18}, {@code \frac{7}{3}}, {@code (C)}, {@code Paris}); null when none is found or
     * for open items.
     */
    public static String extract(AnswerType type, String response) {
        Extraction e = find(type, response);
        return e == null ? null : e.text();
    }

    /** The full extraction: the answer text, how it was found and the cue's line tail. */
    static Extraction find(AnswerType type, String response) {
        if (type == null || type == AnswerType.OPEN || response == null || response.isBlank()) {
            return null;
        }
        response = narrow(response);
        String boxed = lastBoxed(response);
        if (boxed != null && usable(type, boxed)) {
            return new Extraction(boxed.strip(), Via.BOXED, boxed.strip());
        }
        Extraction phrase = lastPhrase(type == AnswerType.CHOICE ? CHOICE_CUE : CUE, response);
        if (phrase != null && usable(type, phrase.text())) {
            return type == AnswerType.NUMBER
                    ? new Extraction(Numbers.first(phrase.text()).raw(), Via.PHRASE, phrase.tail())
                    : phrase;
        }
        return switch (type) {
            case NUMBER -> {
                Numbers.Num n = Numbers.last(response);
                yield n == null ? null : new Extraction(n.raw(), Via.LAST_NUMBER, n.raw());
            }
            case CHOICE -> {
                String whole = response.strip();
                if (whole.length() <= SHORT_LINE && whole.indexOf('\n') < 0 && !whole.isEmpty()) {
                    String m = lastLetterMention(whole);
                    yield new Extraction(m != null ? m : whole, Via.WHOLE_RESPONSE, whole);
                }
                String m = lastLetterMention(response);
                yield m == null ? null : new Extraction(m, Via.LETTER_MENTION, m);
            }
            default -> {
                String whole = cleanLead(response.strip());
                yield whole.length() <= SHORT_LINE && whole.indexOf('\n') < 0 && !whole.isEmpty()
                        ? new Extraction(cut(whole), Via.WHOLE_RESPONSE, whole) : null;
            }
        };
    }

    /**
     * The text with full-width forms (U+FF01-FF5E: "\uFF14\uFF12", "\uFF24", as CJK and mixed-script
     * replies write digits, letters and signs) and the ideographic space read as their ASCII
     * counterparts; one character for one, so positions stay. The same text when there are none.
     */
    static String narrow(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char n = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (n != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = n;
            }
        }
        return out == null ? s : new String(out);
    }

    /** A number answer needs a number in it; any other type needs something non-blank. */
    private static boolean usable(AnswerType type, String s) {
        return type == AnswerType.NUMBER ? Numbers.first(s) != null : !s.isBlank();
    }

    /** The content of the last {@code \boxed{...}} whose braces balance, else null. */
    static String lastBoxed(String s) {
        List<String> found = new ArrayList<>();
        Matcher m = BOX.matcher(s);
        while (m.find()) {
            int i = m.end();
            if (i < s.length() && s.charAt(i) == '{') {
                int close = Latex.matchBrace(s, i);
                if (close > 0) {
                    found.add(s.substring(i + 1, close));
                }
            } else if (i < s.length() && Character.isWhitespace(s.charAt(i - 1))) {
                // "\boxed 5": the next whitespace-free token
                Matcher t = TOKEN.matcher(s.substring(i));
                if (t.lookingAt()) {
                    found.add(TRAILING_DOLLAR_OR_DOT.matcher(t.group()).replaceAll(""));
                }
            }
        }
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    /** The last answer cue: the text after it to the end of its line (or the next line if blank). */
    private static Extraction lastPhrase(Pattern cue, String s) {
        int end = lastCueEnd(cue, s);
        if (end < 0) {
            return null;
        }
        String rest = s.substring(end);
        String tail = null;
        for (String line : rest.split("\n", -1)) {
            String t = cleanLead(line);
            if (!t.isBlank()) {
                tail = t;
                break;
            }
        }
        if (tail == null) {
            return null;
        }
        return new Extraction(cut(tail), Via.PHRASE, tail);
    }

    /**
     * Where the last match of cue ends, or -1. A CUE match starts with the word "answer", so CUE is
     * tried only where that word stands (with the text before visible to its {@code \b}), which
     * finds the matches a plain {@code find} loop finds without trying every position.
     */
    static int lastCueEnd(Pattern cue, String s) {
        Matcher m = cue.matcher(s);
        int end = -1;
        if (cue != CUE) {
            while (m.find()) {
                end = m.end();
            }
            return end;
        }
        int[] last = {-1};
        AnchoredScan.each(m, i -> AsciiCase.indexOf(s, "answer", i), found -> last[0] = found.end());
        return last[0];
    }

    /** Drops markdown emphasis, quotes and colons in front of an answer. */
    static String cleanLead(String s) {
        String t = s.strip();
        String before;
        do {
            before = t;
            t = LEAD_MARK.matcher(t).replaceFirst("");
        } while (!t.equals(before));
        return t;
    }

    /**
     * The answer at the start of a line tail: a math span ({@code $...$}, {@code \(...\)}) whole,
     * else up to the first sentence end outside braces, without trailing emphasis or period.
     */
    static String cut(String tail) {
        String math = Latex.leadingMath(tail);
        if (math != null) {
            return math.strip();
        }
        int depth = 0;
        int end = tail.length();
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '.' || c == '!' || c == '?' || c == ';')
                    && !(i > 0 && tail.charAt(i - 1) == '\\') // "\!" is a LaTeX thin space, not an end
                    && (i + 1 == tail.length() || Character.isWhitespace(tail.charAt(i + 1))
                    || tail.charAt(i + 1) == '*')) {
                end = i;
                break;
            }
        }
        return TRAILING_PUNCT.matcher(TRAILING_MARKS.matcher(tail.substring(0, end)).replaceAll("")).replaceAll("").strip();
    }

    /** The last explicit letter mention in a text ("(C)", "option C", "**C**", "C is correct"). */
    static String lastLetterMention(String s) {
        Matcher m = LETTER_MENTION.matcher(s);
        String last = null;
        while (m.find()) {
            for (String g : new String[] {"a", "b", "c", "d", "e"}) {
                if (m.group(g) != null) {
                    last = "(" + m.group(g) + ")";
                }
            }
        }
        return last;
    }
}
