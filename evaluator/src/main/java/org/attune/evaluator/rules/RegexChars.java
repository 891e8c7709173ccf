package org.attune.evaluator.rules;

/**
 * Character tests that give exactly the answers of the regular-expression classes the rules were
 * first written with, for hand-written scanners that replace those expressions on hot paths.
 */
final class RegexChars {
    /** Per ASCII character: a letter or a digit. */
    private static final boolean[] ASCII_ALNUM = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_ALNUM[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    private RegexChars() {
    }

    /** Regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Regex {@code [\p{L}\p{N}'’-]}. */
    static boolean wordish(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || letterOrNumber(cp);
    }

    /** Regex {@code [\p{L}\p{N}]}: the Unicode general categories L* and N*. */
    static boolean letterOrNumber(int cp) {
        if (cp < 128) {
            return ASCII_ALNUM[cp];
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
