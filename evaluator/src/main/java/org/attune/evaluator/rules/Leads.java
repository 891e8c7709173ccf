package org.attune.evaluator.rules;

import java.util.List;

/** Builds the sentences that restate the final answer: the opening lead and the closing recap. */
final class Leads {
    private Leads() {
    }

    /** "the answer is X" for a boxed or phrased answer (X as written), else null. */
    static String answerIs(String text, Answers.Found f) {
        if (f.kind() == Answers.Kind.BOXED) {
            return "the answer is " + boxedToken(text, f);
        }
        if (f.kind() == Answers.Kind.PHRASE) {
            String raw = f.raw().replaceAll("[.!?]+$", "");
            return "the answer is " + raw;
        }
        return null;
    }

    /** The boxed answer as written, wrapped in $..$ when it sat inside inline math. */
    static String boxedToken(String text, Answers.Found f) {
        String token = text.substring(f.start(), f.end());
        for (Spans.Range r : Spans.of(text)) {
            if (r.start() <= f.start() && f.end() <= r.end() && text.charAt(r.start()) == '$') {
                return "$" + token + "$";
            }
        }
        return token;
    }

    /** The clause that carries the final number, or the response's main point when it has none. */
    static String point(Outline o, Answers.Found f, boolean conclusion) {
        if (f.kind() == Answers.Kind.NUMBER) {
            Outline.Sent holder = o.at(f.start());
            if (holder == null || holder.role() == Outline.Role.STATEMENT && holder.text().equals(o.doc.blocks
                    .get(holder.block()).body) && o.doc.blocks.get(holder.block()).kind == Doc.Kind.TAG) {
                return "the result is " + f.raw();
            }
            String clause = Edits.clauseAround(holder.text(), f.start() - holder.start());
            if (Words.count(clause) < 3 || !clause.contains(f.raw())) {
                return "the result is " + f.raw();
            }
            return shorten(clause, f.raw());
        }
        List<Outline.Sent> sents = o.sents;
        Outline.Sent pick = null;
        for (Outline.Sent s : sents) {
            if (s.body() && !s.text().matches(".*\\d.*")) {
                pick = s;
                if (!conclusion) {
                    break;
                }
            }
        }
        if (pick == null) {
            return null;
        }
        String clause = Edits.tidyClause(pick.text());
        String first = Edits.clauseAround(pick.text(), 0);
        if (!conclusion && Words.count(first) >= 4) {
            clause = first;
        }
        return shorten(clause, null);
    }

    /** At most about 20 words, keeping the part with the answer. */
    private static String shorten(String clause, String keep) {
        String[] w = clause.split("\\s+");
        if (w.length <= 20) {
            return clause;
        }
        if (keep == null) {
            return String.join(" ", java.util.Arrays.copyOfRange(w, 0, 16));
        }
        int at = clause.lastIndexOf(keep);
        String before = clause.substring(0, at);
        String[] bw = before.split("\\s+");
        int from = Math.max(0, bw.length - 10);
        return String.join(" ", java.util.Arrays.copyOfRange(bw, from, bw.length)) + " " + clause.substring(at);
    }
}
