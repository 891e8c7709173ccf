package org.attune.evaluator.rules;

/** Emoji code points (pictographs, dingbats, flags) and the joiners and modifiers that glue them. */
final class Emoji {
    private Emoji() {
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x1F000 && cp <= 0x1F2FF) || (cp >= 0x1F1E6 && cp <= 0x1F1FF)
                || cp == 0x2B50 || cp == 0x2B55 || cp == 0x2B1B || cp == 0x2B1C || cp == 0x203C
                || cp == 0x2049 || cp == 0x231A || cp == 0x231B || cp == 0x23F0 || cp == 0x23F3;
    }

    /** Characters that only make sense next to an emoji: variation selector, joiner, skin tones, keycap. */
    static boolean isGlue(int cp) {
        return cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3;
    }

    static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isEmoji(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** s without emoji, their glue characters and the spaces they leave doubled. */
    static String strip(String s) {
        StringBuilder sb = new StringBuilder();
        boolean removed = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isEmoji(cp) || isGlue(cp)) {
                removed = true;
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (!removed) {
            return s;
        }
        String out = sb.toString().replaceAll("(?<=\\S)[ \\t]{2,}", " ").replaceAll("[ \\t]+(?=[.,;:!?]|\\n|$)", "");
        return s.startsWith(" ") || s.startsWith("\t") ? out : out.replaceAll("^[ \\t]+", "");
    }
}
