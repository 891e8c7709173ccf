package org.attune.reports.internal;

/**
 * Escapes text for a cell of a GitHub-flavoured Markdown table: characters that would start
 * formatting, a link, raw HTML or a new cell are backslash-escaped or written as entities, and an
 * {@code @} that would start a mention is followed by a zero-width space, so that no GitHub user or team
 * is notified.
 */
final class MarkdownEscaper {
    private MarkdownEscaper() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|', '*', '_', '[', ']', '`', '#', '~' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n', '\r', '\u2028', '\u2029' -> sb.append(' ');
                case '@' -> sb.append(i > 0 && isWordChar(text.charAt(i - 1)) ? "@" : "@\u200b");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** GitHub mentions an @name not preceded by a letter, digit or '_' ({@code pep@random} names nobody). */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
