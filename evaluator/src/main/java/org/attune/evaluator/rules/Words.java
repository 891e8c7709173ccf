package org.attune.evaluator.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counts and small casing helpers shared by the rules. */
final class Words {
    /** Sentence-initial words that can be lower-cased when another phrase is put in front. */
    private static final Set<String> COMMON = Set.of("the", "this", "that", "these", "those", "it", "its", "a",
            "an", "we", "you", "your", "our", "there", "here", "each", "every", "if", "when", "so", "then", "first",
            "next", "since", "because", "both", "in", "on", "at", "for", "to", "by", "with", "as", "one", "some",
            "all", "most", "many", "now", "after", "before", "once", "adding", "multiplying", "subtracting",
            "dividing", "using", "taking", "putting", "she", "he", "they", "his", "her", "their", "from",
            "while", "combining", "checking", "finally", "also", "thus", "therefore", "hence", "let");

    private Words() {
    }

    /**
     * Words: whitespace tokens with a letter or digit; a protected span (math, code) counts as one.
     * Hand-written (the regex version, {@code \S+} tokens of the masked text holding a
     * {@code [\p{L}\p{N}]}, is the test oracle): rules count words of every sentence many times.
     */
    static int count(String s) {
        String m = Spans.masked(s);
        int n = 0;
        boolean token = false;
        boolean word = false;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (RegexChars.isSpace(c)) {
                n += token && word ? 1 : 0;
                token = false;
                word = false;
            } else {
                token = true;
                word = word || RegexChars.letterOrNumber(c < Character.MIN_SURROGATE ? c : Character.codePointAt(m, i));
            }
        }
        return n + (token && word ? 1 : 0);
    }

    static String capitalize(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return s.substring(0, i) + Character.toUpperCase(c) + s.substring(i + 1);
            }
            if (c != '*' && c != '_' && c != '"' && c != '\'' && c != '(' && c != '“') {
                return s;
            }
        }
        return s;
    }

    /** Lower-cases the first word when it is a common word (never a name or "I"). */
    static String decapitalize(String s) {
        return decapitalize(s, s);
    }

    /**
     * Lower-cases the first word of s unless it looks like a name: a word that context also writes
     * with a capital in the middle of a sentence, "I", or an all-capitals word.
     */
    static String decapitalize(String s, String context) {
        Matcher m = Pattern.compile("^([*_\"“(]*)([A-Z][a-z]+(?:['’][a-z]+)?|[A-Z](?![\\p{L}'’]))(?![\\p{L}\\d'’])").matcher(s);
        if (!m.find()) {
            return s;
        }
        String w = m.group(2);
        boolean common = COMMON.contains(w.toLowerCase());
        boolean name = w.length() == 1 || Pattern.compile("(?<=[\\p{Ll}\\d,;:)] )" + Pattern.quote(w) + "(?![\\p{L}])")
                .matcher(context).find();
        if (common || !name) {
            return m.group(1) + w.toLowerCase() + s.substring(m.end());
        }
        return s;
    }

    static boolean startsLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** Gives replacement the case shape of original (lower, Capitalized or UPPER). */
    static String matchCase(String original, String replacement) {
        if (original.length() > 1 && original.equals(original.toUpperCase()) && !original.equals(original.toLowerCase())) {
            return replacement.toUpperCase();
        }
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return capitalize(replacement);
        }
        return replacement;
    }

    /** "a" or "an" for the word w, by its first sound as far as spelling tells. */
    static String article(String w, boolean capital) {
        String l = w.toLowerCase();
        boolean vowel = !l.isEmpty() && "aeiou".indexOf(l.charAt(0)) >= 0;
        if (l.startsWith("uni") || l.startsWith("use") || l.startsWith("usu") || l.startsWith("one") || l.startsWith("eu")) {
            vowel = false;
        }
        if (l.startsWith("hour") || l.startsWith("honest") || l.startsWith("heir")) {
            vowel = true;
        }
        String a = vowel ? "an" : "a";
        return capital ? capitalize(a) : a;
    }
}
