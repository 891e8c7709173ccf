package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sentence-length over the sentences of the explanation (answer statements, the recap, the greeting,
 * the key-terms line and asides under four words are left out): "short" keeps every one at
 * {@value #SHORT} words or fewer; "long" makes them {@value #LONG} words long on average.
 */
final class SentenceLengthRule extends RuleBase {
    static final int SHORT = 16;
    static final int LONG = 20;
    static final String[] FILLERS = {
        ", and this step matters for everything that follows",
        ", which keeps the reasoning clear and easy to follow",
        ", so the rest of the reasoning builds directly on this point",
        ", and the same idea carries through to the end",
        ", which is worth keeping in mind for the next part",
    };
    private static final Set<String> STARTERS = Set.of("we", "you", "it", "they", "she", "he", "there", "this",
            "that", "the", "these", "those", "each", "every", "one", "our", "your", "its", "their", "so", "then");
    /** Words a sentence cannot end on. */
    private static final Set<String> DANGLING = Set.of("that", "of", "by", "to", "for", "with", "the", "a", "an",
            "and", "or", "in", "on", "at", "from", "as", "into", "is", "are", "was", "were", "be", "which", "who");
    /** Split points, best first: text before, text after, how the second half starts. */
    private static final String[][] SPLITS = {
        {";\\s+", ""}, {",\\s+and\\s+(?!then\\b|so on\\b|so forth\\b)", ""}, {",\\s+but\\s+", "But "}, {",\\s+so\\s+", "So "},
        {",\\s+(?:and\\s+)?then\\s+", "Then "}, {",\\s+which\\s+", "This "}, {",?\\s+because\\s+", "This is because "}, {",\\s+since\\s+", "This is because "},
        {"\\s+and\\s+then\\s+", "Then "}, {",\\s+(?=(?:we|you|it|they|she|he|there|this|that|these|those)\\b)", ""},
        {"\\s+and\\s+(?=(?:we|you|it|they|she|he|there|I)\\b)", ""}, {"\\s+so\\s+(?!on\\b|far\\b)", "So "},
        {"\\s+but\\s+", "But "}, {"\\s+that\\s+(?=(?:the|a|an|this|these|those|it|they|we|you|he|she|there)\\b)", ""},
        {",\\s+", ""}, {"\\s+and\\s+(?=(?:the|this|that|these|those|its|their|his|her|our|your)\\b)", ""},
    };

    SentenceLengthRule() {
        super("sentence-length", "short", "long");
    }

    @Override
    String contrary(String value) {
        return value.equals("short") ? "long" : "short";
    }

    /**
     * Whether a sentence counts: part of the explanation, not in a nested list item and not a list
     * fragment without end punctuation ("- 500 g of flour").
     */
    static boolean counted(Outline o, Outline.Sent s) {
        if (!s.body() || s.text().stripTrailing().endsWith(":")) {
            return false;
        }
        Doc.Block b = o.doc.blocks.get(s.block());
        return !b.isItem() || b.indent.isEmpty() && Edits.terminated(s.text());
    }

    static List<Integer> lengths(Outline o) {
        List<Integer> out = new ArrayList<>();
        for (Outline.Sent s : o.sents) {
            if (counted(o, s)) {
                out.add(Words.count(s.text()));
            }
        }
        return out;
    }

    static double mean(List<Integer> ls) {
        return ls.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    @Override
    double score(String text, String value) {
        List<Integer> ls = lengths(Outline.of(text));
        if (ls.isEmpty()) {
            return 1;
        }
        if (value.equals("short")) {
            long ok = ls.stream().filter(n -> n <= SHORT).count();
            return ok / (double) ls.size();
        }
        return Math.min(1.0, mean(ls) / LONG);
    }

    @Override
    String rewrite(String text, String value) {
        return value.equals("short") ? shorten(text) : lengthen(text);
    }

    // ------------------------------------------------------------------ short

    private static String shorten(String text) {
        Outline o = Outline.of(text);
        for (int i = o.sents.size() - 1; i >= 0; i--) {
            Outline.Sent s = o.sents.get(i);
            Para p = o.paras[s.block()];
            if (p == null || !counted(o, s) || Words.count(s.text()) <= SHORT) {
                continue;
            }
            List<String> parts = split(s.text());
            p.sents.remove(s.index());
            String gap = p.gaps.remove(s.index());
            for (int k = parts.size() - 1; k >= 0; k--) {
                p.sents.add(s.index(), parts.get(k));
                p.gaps.add(s.index(), k == parts.size() - 1 ? gap : " ");
            }
        }
        return o.render();
    }

    /** Splits a sentence into pieces of at most SHORT words where the grammar allows. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (Words.count(s) <= SHORT) {
            out.add(s);
            return out;
        }
        String[] two = splitOnce(s);
        out.addAll(split(two[0]));
        out.addAll(split(two[1]));
        return out;
    }

    private static String[] splitOnce(String s) {
        String m = maskBold(Spans.masked(s));
        int total = Words.count(s);
        for (String[] sp : SPLITS) {
            Matcher x = Pattern.compile(sp[0], Pattern.CASE_INSENSITIVE).matcher(m);
            int best = -1;
            int bestEnd = -1;
            double bestScore = Double.MAX_VALUE;
            while (x.find()) {
                int left = Words.count(s.substring(0, x.start()));
                int right = total - left;
                int min = sp[0].equals(",\\s+") ? 5 : 3;
                if (left < min || Words.count(s.substring(x.end())) < min - 1) {
                    continue;
                }
                String[] lw = s.substring(0, x.start()).strip().split("\\s+");
                if (DANGLING.contains(lw[lw.length - 1].toLowerCase().replaceAll("[^a-z]", ""))) {
                    continue;
                }
                double score = Math.abs(left - right);
                if (score < bestScore) {
                    bestScore = score;
                    best = x.start();
                    bestEnd = x.end();
                }
            }
            if (best >= 0) {
                return cut(s, best, bestEnd, sp[1]);
            }
        }
        // no grammatical joint: break before a pronoun or article near the middle, else at the middle
        List<int[]> bounds = new ArrayList<>();
        Matcher w = Pattern.compile("\\s+").matcher(m);
        while (w.find()) {
            bounds.add(new int[] {w.start(), w.end()});
        }
        int half = total / 2;
        int[] pick = null;
        int pickDist = Integer.MAX_VALUE;
        for (int[] b : bounds) {
            int left = Words.count(s.substring(0, b[0]));
            if (left < 3 || total - left < 3) {
                continue;
            }
            String next = s.substring(b[1]).split("\\s+", 2)[0].toLowerCase().replaceAll("[^a-z]", "");
            String[] lw = s.substring(0, b[0]).split("\\s+");
            String prev = lw[lw.length - 1].toLowerCase().replaceAll("[^a-z]", "");
            int dist = Math.abs(left - half) + (STARTERS.contains(next) ? 0 : 100) + (DANGLING.contains(prev) ? 50 : 0);
            if (dist < pickDist) {
                pickDist = dist;
                pick = b;
            }
        }
        if (pick == null) {
            return new String[] {s.substring(0, s.length() / 2), s.substring(s.length() / 2)};
        }
        return cut(s, pick[0], pick[1], "");
    }

    private static String[] cut(String s, int a, int b, String opener) {
        String left = s.substring(0, a).replaceAll("[\\s,;:]+$", "");
        left = Edits.terminate(left);
        String right = s.substring(b);
        right = opener.isEmpty() ? Words.capitalize(right) : opener + right;
        return new String[] {left, right};
    }

    /** Masks bold spans so a sentence is never split inside one. */
    private static String maskBold(String m) {
        Matcher b = EmphasisRule.BOLD.matcher(m);
        StringBuilder sb = new StringBuilder(m);
        while (b.find()) {
            for (int k = b.start(); k < b.end(); k++) {
                if (!Character.isWhitespace(sb.charAt(k))) {
                    sb.setCharAt(k, 'M');
                } else {
                    sb.setCharAt(k, '_');
                }
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ long

    private static String lengthen(String text) {
        return fill(joinOnly(text));
    }

    /** Joins sentences (within blocks, then across prose paragraphs and list items) towards LONG. */
    static String joinOnly(String text) {
        String joined = joinWithin(text);
        joined = joinParagraphs(joined);
        return joinItems(joined);
    }

    /** Joins the shortest counted sentence to a neighbour in its block until the average reaches LONG. */
    static String joinShortest(String text) {
        String out = text;
        for (int round = 0; round < 20; round++) {
            Outline o = Outline.of(out);
            if (mean(lengths(o)) >= LONG) {
                return out;
            }
            Outline.Sent pick = null;
            for (Outline.Sent s : o.sents) {
                Para p = o.paras[s.block()];
                if (!counted(o, s) || p == null || p.size() < 2) {
                    continue;
                }
                if (pick == null || Words.count(s.text()) < Words.count(pick.text())) {
                    pick = s;
                }
            }
            if (pick == null) {
                return out;
            }
            Para p = o.paras[pick.block()];
            int i = pick.index() > 0 ? pick.index() - 1 : 0;
            if (!joinable(p.sents.get(i))) {
                return out;
            }
            p.join(i, join(p.sents.get(i), p.sents.get(i + 1)));
            out = o.render();
        }
        return out;
    }

    /** Merges neighbouring items of one list whose sentences are short, then joins them. */
    private static String joinItems(String text) {
        Outline o = Outline.of(text);
        if (mean(lengths(o)) >= LONG) {
            return text;
        }
        Doc doc = o.doc;
        boolean merged = false;
        for (int b = doc.blocks.size() - 2; b >= 0; b--) {
            Doc.Block x = doc.blocks.get(b);
            Doc.Block y = doc.blocks.get(b + 1);
            if (x.isTopItem() && y.isTopItem() && x.numbered() == y.numbered() && onlyBody(o, b) && onlyBody(o, b + 1)
                    && (Words.count(x.body) < LONG || Words.count(y.body) < LONG) && !last(o, b).endsWith("?")
                    && !last(o, b).endsWith(":")) {
                x.body = x.body.stripTrailing() + " " + y.body.strip();
                doc.remove(b + 1);
                merged = true;
            }
        }
        if (!merged) {
            return text;
        }
        doc.renumber();
        return joinWithin(doc.render());
    }

    private static boolean onlyBody(Outline o, int b) {
        boolean any = false;
        for (Outline.Sent s : o.sents) {
            if (s.block() == b) {
                if (s.role() != Outline.Role.ORDINARY) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Joins neighbouring sentences of a block until each reaches LONG words. */
    private static String joinWithin(String text) {
        Outline o = Outline.of(text);
        for (int b = 0; b < o.paras.length; b++) {
            Para p = o.paras[b];
            if (p == null) {
                continue;
            }
            List<Outline.Sent> mine = new ArrayList<>();
            for (Outline.Sent s : o.sents) {
                if (s.block() == b) {
                    mine.add(s);
                }
            }
            boolean[] body = new boolean[p.size()];
            for (Outline.Sent s : mine) {
                body[s.index()] = counted(o, s);
            }
            List<Boolean> flags = new ArrayList<>();
            for (boolean x : body) {
                flags.add(x);
            }
            int i = 0;
            while (i < p.size() - 1) {
                String a = p.sents.get(i);
                String c = p.sents.get(i + 1);
                boolean shortPair = Words.count(a) < LONG;
                if (flags.get(i) && flags.get(i + 1) && shortPair && joinable(a) && !p.gaps.get(i).contains("\n\n")) {
                    p.join(i, join(a, c));
                    flags.remove(i + 1);
                } else {
                    i++;
                }
            }
        }
        return o.render();
    }

    private static boolean joinable(String a) {
        String t = a.stripTrailing();
        return !t.endsWith("?") && !t.endsWith(":");
    }

    /** "A." + "B." -> "A, and b." (keeping an exclamation mark, and "so"/"but" openers). */
    static String join(String a, String b) {
        String endA = Edits.ending(a);
        String endB = Edits.ending(b);
        String end = endA.contains("!") || endB.contains("!") ? "!" : "";
        String tailA = endA.replaceAll("^[.!?]+", "");
        String left = a.stripTrailing().substring(0, a.stripTrailing().length() - endA.length()).replaceAll("[.!;,]+$", "");
        if (!tailA.isBlank() && !tailA.strip().matches("[\"'”’)*_]+")) {
            // an emoji after the first sentence moves to the end of the joined one
            b = b.stripTrailing() + tailA;
        } else {
            left = left + tailA;
        }
        String right = b.strip();
        if (!end.isEmpty()) {
            right = right.replaceFirst("!+(?=[^!]*$)", ".");
        }
        String lower = right.toLowerCase();
        String link = lower.matches("^(and|but|so|then|or|yet|which|because)\\b.*") ? ", " : ", and ";
        String out = left + link + Words.decapitalize(right, a + " " + b);
        if (!end.isEmpty()) {
            String e = Edits.ending(out);
            String core = out.substring(0, out.length() - e.length());
            out = core + "!" + e.replaceAll("^[.!?]+", "");
        }
        return out;
    }

    /** Merges neighbouring prose paragraphs so that short one-sentence paragraphs can be joined. */
    private static String joinParagraphs(String text) {
        Outline o = Outline.of(text);
        if (mean(lengths(o)) >= LONG) {
            return text;
        }
        Doc doc = o.doc;
        boolean merged = false;
        for (int b = doc.blocks.size() - 2; b >= 0; b--) {
            if (isProse(o, b) && isProse(o, b + 1) && !last(o, b).endsWith("?") && !last(o, b).endsWith(":")) {
                Doc.Block x = doc.blocks.get(b);
                Doc.Block y = doc.blocks.get(b + 1);
                x.body = x.body.stripTrailing() + " " + y.body.strip();
                doc.remove(b + 1);
                merged = true;
            }
        }
        return merged ? joinWithin(doc.render()) : text;
    }

    private static String last(Outline o, int b) {
        Para p = o.paras[b];
        return p == null || p.isEmpty() ? "" : p.sents.get(p.size() - 1).stripTrailing();
    }

    /** A paragraph made of explanation sentences only. */
    private static boolean isProse(Outline o, int b) {
        if (o.doc.blocks.get(b).kind != Doc.Kind.PARAGRAPH || o.paras[b] == null) {
            return false;
        }
        boolean any = false;
        for (Outline.Sent s : o.sents) {
            if (s.block() == b) {
                if (s.role() != Outline.Role.ORDINARY) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Adds neutral clauses to the shortest sentences until the average reaches LONG. */
    private static String fill(String text) {
        String out = text;
        for (int round = 0; round < 200; round++) {
            Outline o = Outline.of(out);
            List<Integer> ls = lengths(o);
            if (ls.isEmpty() || mean(ls) >= LONG) {
                return out;
            }
            Outline.Sent shortest = null;
            int min = Integer.MAX_VALUE;
            for (Outline.Sent s : o.sents) {
                if (counted(o, s) && o.paras[s.block()] != null) {
                    int n = Words.count(s.text()) + (s.text().stripTrailing().endsWith("?") ? 50 : 0);
                    if (n < min) {
                        min = n;
                        shortest = s;
                    }
                }
            }
            if (shortest == null) {
                return out;
            }
            o.paras[shortest.block()].sents.set(shortest.index(), extend(shortest.text(), round));
            out = o.render();
        }
        return out;
    }

    /** s with filler clause k put before its final punctuation (and any trailing emoji). */
    static String extend(String s, int k) {
        return Edits.beforeEnd(s, FILLERS[k % FILLERS.length]);
    }
}
