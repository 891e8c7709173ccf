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

    private static String lengthen(String text) {
        return SentenceJoins.lengthen(text);
    }
}
