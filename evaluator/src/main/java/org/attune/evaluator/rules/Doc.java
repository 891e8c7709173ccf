package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response as a list of Markdown-ish blocks. Rendering an unmodified Doc gives back the exact
 * input, so a rewrite that touches nothing changes nothing.
 */
final class Doc {
    enum Kind { PARAGRAPH, ITEM, HEADING, TAG, MATH, CODE, TABLE, RULE, QUOTE }

    /** One block. {@code before} is the whitespace separating it from the previous block. */
    static final class Block {
        Kind kind;
        String before;
        String indent;
        String marker;
        String body;

        Block(Kind kind, String before, String indent, String marker, String body) {
            this.kind = kind;
            this.before = before;
            this.indent = indent;
            this.marker = marker;
            this.body = body;
        }

        static Block paragraph(String before, String body) {
            return new Block(Kind.PARAGRAPH, before, "", "", body);
        }

        boolean isItem() {
            return kind == Kind.ITEM;
        }

        boolean isTopItem() {
            return kind == Kind.ITEM && indent.isEmpty();
        }

        boolean numbered() {
            return kind == Kind.ITEM && !marker.isEmpty() && Character.isDigit(marker.charAt(0));
        }

        /** Blocks whose body is running text split into sentences. */
        boolean hasSentences() {
            return kind == Kind.PARAGRAPH || kind == Kind.ITEM;
        }

        String render() {
            return before + indent + marker + body;
        }

        Block copy() {
            return new Block(kind, before, indent, marker, body);
        }
    }

    static final Pattern HEADING = Pattern.compile("^( {0,3}#{1,6}[ \\t]+)(.*)$");
    static final Pattern ITEM = Pattern.compile("^([ \\t]*)((?:[-*+•]|\\d{1,3}[.)])[ \\t]+)(\\S.*)$");
    private static final Pattern RULE_LINE = Pattern.compile("^ {0,3}([-*_])( *\\1){2,} *$");

    final List<Block> blocks;
    String trailing;

    private Doc(List<Block> blocks, String trailing) {
        this.blocks = blocks;
        this.trailing = trailing;
    }

    /** An independent copy: its blocks can be edited without touching this one. */
    Doc copy() {
        List<Block> bs = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            bs.add(b.copy());
        }
        return new Doc(bs, trailing);
    }

    static Doc parse(String text) {
        String[] lines = text.split("\n", -1);
        List<Block> out = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        int i = 0;
        boolean first = true;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                gap.append(line);
                if (i < lines.length - 1) {
                    gap.append('\n');
                }
                i++;
                continue;
            }
            String before = gap.toString();
            gap.setLength(0);
            int end = blockEnd(lines, i);
            Block b = make(lines, i, end, before);
            out.add(b);
            i = end;
            if (i < lines.length) {
                gap.append('\n');
            }
            first = false;
        }
        String trailing = gap.toString();
        if (first) {
            return new Doc(out, text);
        }
        return new Doc(out, trailing);
    }

    /** The index after the last line of the block that starts at line i. */
    private static int blockEnd(String[] lines, int i) {
        String line = lines[i];
        String t = line.strip();
        if (t.startsWith("```") || t.startsWith("~~~")) {
            String fence = t.substring(0, 3);
            for (int j = i + 1; j < lines.length; j++) {
                if (lines[j].strip().startsWith(fence)) {
                    return j + 1;
                }
            }
            return lines.length;
        }
        if (t.startsWith("[asy]")) {
            return untilContains(lines, i, "[/asy]");
        }
        if ((t.startsWith("$$") || t.startsWith("\\[")) && displayOnly(lines, i)) {
            return whileOpen(lines, i, i + 1);
        }
        if (t.startsWith("\\begin{")) {
            Matcher m = Pattern.compile("^\\\\begin\\{([^}]*)}").matcher(t);
            if (m.find()) {
                return untilContains(lines, i, "\\end{" + m.group(1) + "}");
            }
        }
        if (HEADING.matcher(line).matches() || RULE_LINE.matcher(line).matches()) {
            return i + 1;
        }
        if (t.startsWith("|")) {
            int j = i + 1;
            while (j < lines.length && lines[j].strip().startsWith("|")) {
                j++;
            }
            return j;
        }
        if (t.startsWith(">")) {
            int j = i + 1;
            while (j < lines.length && lines[j].strip().startsWith(">")) {
                j++;
            }
            return j;
        }
        Matcher item = ITEM.matcher(line);
        if (item.matches()) {
            int indent = item.group(1).length();
            int j = i + 1;
            while (j < lines.length && !lines[j].isBlank() && !startsBlock(lines[j])
                    && leading(lines[j]) > indent) {
                j++;
            }
            return whileOpen(lines, i, j);
        }
        // a paragraph runs to a blank line or a new block, but never stops inside display math
        int d = depth(0, lines[i]);
        int j = i + 1;
        while (j < lines.length && (d > 0 || !lines[j].isBlank() && !startsBlock(lines[j]))) {
            d = depth(d, lines[j]);
            j++;
        }
        return j;
    }

    /** Whether display math ($$, \\[ or an environment) is still open after line, given the state before. */
    static boolean opensDisplay(boolean open, String line) {
        return depth(open ? 1 : 0, line) > 0;
    }

    /** Open display delimiters after line: bit 0 for $$ or \\[, the rest counts open environments. */
    private static int depth(int before, String line) {
        boolean display = (before & 1) == 1;
        int envs = before >> 1;
        int k = 0;
        while (k < line.length()) {
            if (line.startsWith("$$", k)) {
                display = !display;
                k += 2;
            } else if (line.startsWith("\\[", k) && !display) {
                display = true;
                k += 2;
            } else if (line.startsWith("\\]", k) && display) {
                display = false;
                k += 2;
            } else if (line.startsWith("\\begin{", k)) {
                envs++;
                k += 7;
            } else if (line.startsWith("\\end{", k)) {
                envs = Math.max(0, envs - 1);
                k += 5;
            } else {
                k++;
            }
        }
        return (envs << 1) | (display ? 1 : 0);
    }

    /** The line index after a run that starts at i and continues while display math is open. */
    private static int whileOpen(String[] lines, int i, int j) {
        int d = 0;
        for (int k = i; k < j; k++) {
            d = depth(d, lines[k]);
        }
        while (d > 0 && j < lines.length) {
            d = depth(d, lines[j]);
            j++;
        }
        return j;
    }

    /** Whether the display math opening at line i closes at the end of a line (nothing after it). */
    private static boolean displayOnly(String[] lines, int i) {
        boolean open = false;
        for (int j = i; j < lines.length; j++) {
            open = opensDisplay(open, lines[j]);
            if (!open) {
                String t = lines[j].strip();
                return t.endsWith("$$") || t.endsWith("\\]") || t.matches(".*(\\$\\$|\\\\])[.,;]$");
            }
        }
        return true;
    }

    private static int untilContains(String[] lines, int from, String close) {
        for (int j = from; j < lines.length; j++) {
            if (lines[j].contains(close)) {
                return j + 1;
            }
        }
        return lines.length;
    }

    private static int leading(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    private static boolean startsBlock(String line) {
        String t = line.strip();
        return HEADING.matcher(line).matches() || ITEM.matcher(line).matches() || t.startsWith("```")
                || t.startsWith("~~~") || t.startsWith("$$") || t.startsWith("\\[") || t.startsWith("|")
                || t.startsWith(">") || t.startsWith("[asy]") || t.startsWith("\\begin{")
                || RULE_LINE.matcher(line).matches();
    }

    private static Block make(String[] lines, int from, int to, String before) {
        String raw = String.join("\n", Arrays.asList(lines).subList(from, to));
        String first = lines[from];
        String t = first.strip();
        Matcher h = HEADING.matcher(first);
        if (h.matches() && to == from + 1) {
            String title = h.group(2);
            Kind k = title.chars().anyMatch(Character::isLetter) ? Kind.HEADING : Kind.TAG;
            return new Block(k, before, "", h.group(1), title);
        }
        if (t.startsWith("```") || t.startsWith("~~~") || t.startsWith("[asy]")) {
            return new Block(Kind.CODE, before, "", "", raw);
        }
        if (t.startsWith("$$") || t.startsWith("\\[") || t.startsWith("\\begin{")) {
            return new Block(Kind.MATH, before, "", "", raw);
        }
        if (RULE_LINE.matcher(first).matches()) {
            return new Block(Kind.RULE, before, "", "", raw);
        }
        if (t.startsWith("|")) {
            return new Block(Kind.TABLE, before, "", "", raw);
        }
        if (t.startsWith(">")) {
            return new Block(Kind.QUOTE, before, "", "", raw);
        }
        Matcher m = ITEM.matcher(first);
        if (m.matches()) {
            String rest = raw.substring(m.group(1).length() + m.group(2).length());
            return new Block(Kind.ITEM, before, m.group(1), m.group(2), rest);
        }
        return new Block(Kind.PARAGRAPH, before, "", "", raw);
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.render());
        }
        if (blocks.isEmpty()) {
            return trailing;
        }
        sb.append(trailing);
        return sb.toString();
    }

    /** Renumbers every run of consecutive numbered items of the same indent from 1. */
    void renumber() {
        int n = 0;
        String indent = null;
        for (Block b : blocks) {
            if (b.numbered()) {
                if (indent != null && indent.equals(b.indent)) {
                    n++;
                } else {
                    n = 1;
                    indent = b.indent;
                }
                b.marker = n + (b.marker.contains(")") ? ")" : ".") + " ";
            } else if (!(b.isItem() && indent != null && b.indent.length() > indent.length())) {
                // anything but an item nested in the current list ends the run
                n = 0;
                indent = null;
            }
        }
    }

    /**
     * Inserts a block at index i. It takes over the gap in front of the block it displaces (at least
     * sep, so a new paragraph never runs into the one before it) and sep goes between the two.
     */
    void insert(int i, Block b, String sep) {
        if (i < blocks.size()) {
            Block next = blocks.get(i);
            b.before = i == 0 || next.before.contains("\n\n") ? next.before : sep;
            next.before = sep;
        } else {
            b.before = blocks.isEmpty() ? "" : sep;
        }
        blocks.add(i, b);
    }

    /** Removes block i; the next block keeps a sensible separator. */
    void remove(int i) {
        Block gone = blocks.remove(i);
        if (i < blocks.size()) {
            Block next = blocks.get(i);
            if (i == 0) {
                next.before = gone.before;
            } else if (gone.before.length() > next.before.length()) {
                next.before = gone.before;
            }
        }
    }

    /** The separator to put before a new paragraph: a blank line, so it never merges with a neighbour. */
    String paragraphSep() {
        return "\n\n";
    }
}
