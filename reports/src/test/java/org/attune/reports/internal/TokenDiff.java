package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;
import org.attune.evaluator.EditDistance;

/**
 * A word-level diff of a response and its edit, over the same tokens the edit cost counts
 * ({@link EditDistance#tokens}). Each distinct token is encoded as one character so Commons Text's
 * Myers comparator finds a shortest edit script; each token keeps the whitespace that preceded it in
 * its own text, so the diff reads like the texts.
 */
public final class TokenDiff {
    public static final String SAME = "same";
    public static final String DELETED = "del";
    public static final String INSERTED = "ins";

    /** A run of tokens with one fate. {@code text} includes the whitespace before each token. */
    public record Segment(String op, String text) {
    }

    private TokenDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = spaced(before);
        List<String> b = spaced(after);
        Map<String, Character> codes = new HashMap<>();
        String ca = encode(a, codes);
        String cb = encode(b, codes);
        if (ca == null || cb == null) {
            return whole(before, after); // more distinct tokens than characters: show a replacement
        }
        List<String> ops = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        new StringsComparator(ca, cb).getScript().visit(new CommandVisitor<Character>() {
            private int i;
            private int j;

            @Override
            public void visitKeepCommand(Character c) {
                ops.add(SAME);
                texts.add(b.get(j));
                i++;
                j++;
            }

            @Override
            public void visitDeleteCommand(Character c) {
                ops.add(DELETED);
                texts.add(a.get(i++));
            }

            @Override
            public void visitInsertCommand(Character c) {
                ops.add(INSERTED);
                texts.add(b.get(j++));
            }
        });
        slideRight(ops, texts);
        Segments out = new Segments();
        List<String> inserted = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            // within a changed stretch, show what went before what came in
            if (ops.get(k).equals(INSERTED)) {
                inserted.add(texts.get(k));
                continue;
            }
            if (ops.get(k).equals(SAME)) {
                inserted.forEach(t -> out.add(INSERTED, t));
                inserted.clear();
            }
            out.add(ops.get(k), texts.get(k));
        }
        inserted.forEach(t -> out.add(INSERTED, t));
        return out.done();
    }

    /**
     * Moves each run of deletions (or insertions) right while the token after it equals its first
     * token: the script stays as short, but "over[. Units ... needed]." reads as "over.[ Units ... needed.]",
     * so changes end on sentence boundaries.
     */
    static void slideRight(List<String> ops, List<String> texts) {
        int k = 0;
        while (k < ops.size()) {
            String op = ops.get(k);
            if (op.equals(SAME)) {
                k++;
                continue;
            }
            int end = k;
            while (end < ops.size() && ops.get(end).equals(op)) {
                end++;
            }
            // reading order stays R0 R1..Rm T; only which copy of the equal token is kept changes
            while (end < ops.size() && ops.get(end).equals(SAME)
                    && texts.get(end).strip().equals(texts.get(k).strip())) {
                ops.set(k, SAME);
                ops.set(end, op);
                k++;
                end++;
            }
            k = end;
        }
    }

    /** The tokens of a text, each prefixed by the whitespace between it and the previous token. */
    static List<String> spaced(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int pos = 0;
        for (String t : EditDistance.tokens(text)) {
            int at = text.indexOf(t, pos);
            if (at < 0) {
                at = pos; // cannot happen for a tokenizer that returns substrings in order
            }
            out.add(text.substring(pos, at) + t);
            pos = at + t.length();
        }
        return out;
    }

    private static String encode(List<String> spaced, Map<String, Character> codes) {
        return EditDistance.encode(spaced.stream().map(String::strip).toList(), codes);
    }

    private static List<Segment> whole(String before, String after) {
        Segments out = new Segments();
        out.add(DELETED, before == null ? "" : before);
        out.add(INSERTED, after == null ? "" : after);
        return out.done();
    }

    /** Segments built token by token: consecutive tokens with one fate join into one segment. */
    private static final class Segments {
        private final List<Segment> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String op;

        void add(String tokenOp, String token) {
            if (token.isEmpty()) {
                return;
            }
            if (!tokenOp.equals(op)) {
                flush();
                op = tokenOp;
            }
            text.append(token);
        }

        List<Segment> done() {
            flush();
            return out;
        }

        private void flush() {
            if (op != null && text.length() > 0) {
                out.add(new Segment(op, text.toString()));
                text.setLength(0);
            }
        }
    }
}
