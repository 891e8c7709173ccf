package org.attune.tasks.formats;

/** Finds the content of the last {@code \boxed{...}} (or {@code \fbox{...}}) in LaTeX, braces balanced. */
final class Boxed {
    private Boxed() {
    }

    static String last(String s) {
        int at = Math.max(s.lastIndexOf("\\boxed"), s.lastIndexOf("\\fbox"));
        while (at >= 0) {
            String content = contentAt(s, at);
            if (content != null) {
                return content;
            }
            int prev = Math.max(s.lastIndexOf("\\boxed", at - 1), s.lastIndexOf("\\fbox", at - 1));
            at = at == 0 ? -1 : prev;
        }
        return null;
    }

    private static String contentAt(String s, int at) {
        int i = at + (s.startsWith("\\boxed", at) ? 6 : 5);
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && s.charAt(i) != '{') {
            // "\boxed 5": the content runs to the next space or dollar sign
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '$') {
                end++;
            }
            return end > i ? s.substring(i, end) : null;
        }
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length()) {
                j++; // an escaped brace does not count
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                String content = s.substring(i + 1, j).strip();
                return content.isEmpty() ? null : content;
            }
        }
        return null;
    }
}
