package org.attune.evaluator.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, independent answer extractor for tests, in the order of SPEC §3: the last
 * {@code \boxed{..}}, else the last "answer is .." / "Answer: .." phrase, else the last number
 * (skipping list markers at a line start). Values are compared after a light normalization.
 */
final class LocalExtractor {
    private static final Pattern PHRASE = Pattern.compile("(?i)answer\\W{0,4}(?:is|:)\\s*([^\\n]*?)(?:[.!?](?=\\s|$)|\\n|$)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:/\\d+)?");

    private LocalExtractor() {
    }

    static String extract(String text) {
        int b = Math.max(text.lastIndexOf("\\boxed{"), text.lastIndexOf("\\fbox{"));
        if (b >= 0) {
            int open = text.indexOf('{', b);
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return "boxed:" + norm(text.substring(open + 1, i));
                }
            }
        }
        Matcher m = PHRASE.matcher(text);
        String last = null;
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                last = m.group(1);
            }
        }
        if (last != null) {
            return "phrase:" + norm(last);
        }
        String noMarkers = text.replaceAll("(?m)^[ \\t]*\\d{1,3}[.)][ \\t]", " ")
                .replaceAll("\\\\[dt]?frac\\{([^{}]*)}\\{([^{}]*)}", "$1/$2");
        Matcher n = NUMBER.matcher(noMarkers);
        String num = null;
        while (n.find()) {
            num = n.group();
        }
        return num == null ? "none" : "number:" + norm(num);
    }

    static String norm(String s) {
        String t = s.replaceAll("\\\\(?:text|mathrm|textbf|mbox)\\{([^{}]*)}", "$1");
        t = t.replace("^\\circ", "°").replace("^{\\circ}", "°").replace("\\%", "%");
        t = t.replaceAll("\\\\[dt]?frac\\{([^{}]*)}\\{([^{}]*)}", "$1/$2");
        t = t.replace("π", "pi").replace("×", "times").replace("·", "cdot");
        t = t.replaceAll("\\\\(left|right|,|!|;)", "");
        t = t.replaceAll("[\\\\${}()*_\\s]", "");
        t = t.replaceAll("[.!?,;:]+$", "");
        t = t.replaceAll("(?<=\\d),(?=\\d{3})", "");
        return t.toLowerCase();
    }
}
