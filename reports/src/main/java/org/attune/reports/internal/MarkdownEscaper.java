package org.attune.reports.internal;

/**
 * Escapes text for a cell of a GitHub-flavoured Markdown table: characters that would start
 * formatting, a link, raw HTML or a new cell are backslash-escaped or written as entities.
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
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
