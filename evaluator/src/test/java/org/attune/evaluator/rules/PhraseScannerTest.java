package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The phrase scanner finds and replaces exactly what the regular expression it replaced did
 * ({@link RegexLexiconOracle}): on texts generated from the real lexicon keys with case changes,
 * odd spacing, articles and word characters next to them, on lines of the public benchmark files,
 * and character by character for the character classes and case folding.
 */
class PhraseScannerTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<String, Lexicon> LEXICONS = Map.of("jargon terms", JargonRule.TERMS,
            "jargon plain", JargonRule.PLAIN, "to british", SpellingRule.TO_BRITISH,
            "to american", SpellingRule.TO_AMERICAN);
    private static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", " \n ",
        "\u00A0", "\u2009", ""};
    private static final String[] AROUND = {"", "", "", "s", "ed", "-", "'", "’", "é", "ß", "2", "²", "٣", "Ⅻ",
        "\uD835\uDC00", "\uD83D\uDE00", ".", ",", ")", "(", "\"", "_", "*", "x", "İ", "ſ", "K"};
    private static final String[] ARTICLES = {"a", "an", "A", "An", "AN", "aN", "a\n", "an\t", "ſ"};

    @Test
    void generatedTextsFindAndReplaceAsTheRegexDid() {
        Random r = new Random(18);
        int compared = 0;
        for (Map.Entry<String, Lexicon> e : LEXICONS.entrySet()) {
            Lexicon lex = e.getValue();
            RegexLexiconOracle oracle = new RegexLexiconOracle(lex.table());
            List<String> keys = new ArrayList<>(lex.table().keySet());
            for (int i = 0; i < 6000; i++) {
                String text = generated(r, keys);
                assertSame(e.getKey(), lex, oracle, text);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(24_000);
    }

    @Test
    void realBenchmarkLinesFindAndReplaceAsTheRegexDid() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RealData.dir())) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.addAll(firstLines(f, 40_000));
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        int withMatch = 0;
        for (Map.Entry<String, Lexicon> e : LEXICONS.entrySet()) {
            RegexLexiconOracle oracle = new RegexLexiconOracle(e.getValue().table());
            for (String line : lines) {
                withMatch += assertSame(e.getKey(), e.getValue(), oracle, line) ? 1 : 0;
            }
        }
        assertThat(withMatch).as("lines with a phrase").isGreaterThan(200);
    }

    @Test
    void characterClassesAgreeWithTheRegexForEveryCodePoint() {
        Pattern wordish = Pattern.compile("[\\p{L}\\p{N}'’-]", FLAGS);
        Pattern letterOrNumber = Pattern.compile("[\\p{L}\\p{N}]", FLAGS);
        Pattern space = Pattern.compile("\\s", FLAGS);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = Character.toString(cp);
            if (RegexChars.wordish(cp) != wordish.matcher(c).matches()
                    || RegexChars.letterOrNumber(cp) != letterOrNumber.matcher(c).matches()
                    || cp <= Character.MAX_VALUE && RegexChars.isSpace((char) cp) != space.matcher(c).matches()) {
                throw new AssertionError("character class differs at U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void caseFoldingAndArticlesAgreeWithTheRegexForEveryCharacter() {
        for (String key : List.of("ab", "k", "s s")) {
            Lexicon lex = new Lexicon(Map.of(key, "z"));
            RegexLexiconOracle oracle = new RegexLexiconOracle(lex.table());
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String ch = String.valueOf((char) c);
                for (String text : List.of(key.replace(key.substring(0, 1), ch), key.replace(key.substring(1), ch),
                        ch + "n " + key, "a" + ch + " " + key, ch + " " + key, key + ch)) {
                    if (!lex.find(text).equals(folded(oracle.find(text)))) {
                        throw new AssertionError("find differs on U+" + Integer.toHexString(c) + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void keysTheScannerCannotIndexAreRefused() {
        assertThatThrownBy(() -> new Lexicon(Map.of("two  spaces", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two  spaces");
        assertThatThrownBy(() -> new Lexicon(Map.of(" lead", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lexicon(Map.of("été", "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phrasesMatchedThroughSpecialCaseFoldingAreReplacedByTheirKey() {
        // "ſ" (long s), "ı" (dotless i) and "İ" (dotted capital I) match "s" and "i" case-insensitively,
        // but their lower case is no key: the regex version threw a NullPointerException on them
        Lexicon lex = new Lexicon(Map.of("self", "me", "it", "that"));
        assertThat(lex.find("ſelf and ıt, İT")).containsExactly("self", "it", "it");
        assertThat(lex.replace("ſelf and ıt")).isEqualTo("me and that");
        assertThat(lex.replace("İT works")).isEqualTo("THAT works");
    }

    @Test
    void anArticleJoinsTheMatchAndTakesTheReplacementsSound() {
        Lexicon lex = new Lexicon(Map.of("hypothesis", "idea", "use", "employ"));
        assertThat(lex.replace("A  hypothesis holds, an use\tcase.")).isEqualTo("An  idea holds, an employ\tcase.");
        assertThat(lex.find("A\nHYPOTHESIS, re-use, use’s, usé")).containsExactly("hypothesis");
    }

    /** Compares find and replace (or the exception) on one text; whether any phrase was found. */
    private static boolean assertSame(String name, Lexicon lex, RegexLexiconOracle oracle, String text) {
        List<String> expected = folded(oracle.find(text));
        assertThat(lex.find(text)).as(name + " find in: " + text).isEqualTo(expected);
        String expectedOut;
        try {
            expectedOut = oracle.replace(text);
        } catch (NullPointerException npe) {
            // the regex version failed where a phrase matched through "ſ", "ı" or "İ"; the scanner replaces it
            assertThat(lex.replace(text)).as(name + " replace in: " + text).isNotNull();
            return true;
        }
        assertThat(lex.replace(text)).as(name + " replace in: " + text).isEqualTo(expectedOut);
        return !expected.isEmpty();
    }

    /**
     * The regex version's phrases as keys: it lower-cased the matched text, which differs from the key
     * only where a character matched through special case folding ("ſ" for "s"; "İ", whose lower case is
     * "i" and a combining dot); the scanner names the key.
     */
    private static List<String> folded(List<String> found) {
        return found.stream().map(f -> f.replace("i\u0307", "i")).map(f -> {
            StringBuilder sb = new StringBuilder(f.length());
            f.chars().forEach(c -> sb.append(Character.toLowerCase(Character.toUpperCase((char) c))));
            return sb.toString();
        }).toList();
    }

    private static List<String> firstLines(Path f, int chars) {
        try {
            String s = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            return List.of(s.substring(0, Math.min(chars, s.length())).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys (whole, cut short or run on), articles and filler between random spacing. */
    private static String generated(Random r, List<String> keys) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + r.nextInt(14);
        for (int p = 0; p < parts; p++) {
            int kind = r.nextInt(10);
            if (kind < 5) {
                sb.append(pick(r, AROUND)).append(variant(r, pick(r, keys))).append(pick(r, AROUND));
            } else if (kind < 7) {
                sb.append(pick(r, ARTICLES));
            } else {
                sb.append(pick(r, AROUND));
            }
            sb.append(r.nextInt(4) == 0 ? pick(r, SPACES) : " ");
        }
        return sb.toString();
    }

    private static String variant(Random r, String key) {
        String k = switch (r.nextInt(6)) {
            case 0 -> key.toUpperCase();
            case 1 -> Words.capitalize(key);
            case 2 -> key.substring(0, 1 + r.nextInt(key.length()));
            default -> key;
        };
        StringBuilder sb = new StringBuilder();
        for (char c : k.toCharArray()) {
            int roll = r.nextInt(40);
            if (c == ' ') {
                sb.append(r.nextInt(3) == 0 ? pick(r, SPACES) : " ");
            } else if (roll == 0) {
                sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            } else if (roll == 1 && (c == 's' || c == 'k' || c == 'i')) {
                sb.append(c == 's' ? 'ſ' : c == 'k' ? '\u212A' : r.nextBoolean() ? 'ı' : 'İ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static <T> T pick(Random r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    private static String pick(Random r, String[] xs) {
        return xs[r.nextInt(xs.length)];
    }
}
