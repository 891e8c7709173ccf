package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sentences of one block body with the exact whitespace around them, so that editing one
 * sentence and rendering keeps everything else byte for byte.
 */
final class Para {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms",
            "st", "fig", "approx", "cf", "al", "no", "eq", "jr", "sr", "prof", "u.s", "a.m", "p.m", "min", "max",
            "ca", "resp", "ch", "sec", "vol", "pp", "viz", "inc", "ltd", "co");
    private static final String CLOSERS = "\"'”’)]*_";

    String lead;
    final List<String> sents;
    /** gaps.get(i) is the whitespace after sentence i; the last one is the trailing whitespace. */
    final List<String> gaps;

    private Para(String lead, List<String> sents, List<String> gaps) {
        this.lead = lead;
        this.sents = sents;
        this.gaps = gaps;
    }

    /** An independent copy: its sentences can be edited without touching this one. */
    Para copy() {
        return new Para(lead, new ArrayList<>(sents), new ArrayList<>(gaps));
    }

    static Para of(String body) {
        String m = Spans.masked(body);
        List<String> sents = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int n = body.length();
        int i = 0;
        while (i < n && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        String lead = body.substring(0, i);
        int start = i;
        while (i < n) {
            char c = m.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (".!?".indexOf(m.charAt(j)) >= 0 || CLOSERS.indexOf(m.charAt(j)) >= 0)) {
                    j++;
                }
                j = afterEmoji(body, j);
                if (j >= n) {
                    end = n;
                } else if (Character.isWhitespace(m.charAt(j)) && splits(m, body, i, j)) {
                    end = j;
                }
                if (end < 0) {
                    i = j;
                    continue;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            int k = end;
            while (k < n && Character.isWhitespace(body.charAt(k))) {
                k++;
            }
            int sEnd = end;
            while (sEnd > start && Character.isWhitespace(body.charAt(sEnd - 1))) {
                sEnd--;
            }
            if (sEnd > start) {
                sents.add(body.substring(start, sEnd));
                gaps.add(body.substring(sEnd, k));
            } else if (!gaps.isEmpty()) {
                gaps.set(gaps.size() - 1, gaps.get(gaps.size() - 1) + body.substring(sEnd, k));
            } else {
                lead = lead + body.substring(sEnd, k);
            }
            start = k;
            i = k;
        }
        if (start < n) {
            int sEnd = n;
            while (sEnd > start && Character.isWhitespace(body.charAt(sEnd - 1))) {
                sEnd--;
            }
            sents.add(body.substring(start, sEnd));
            gaps.add(body.substring(sEnd));
        }
        return new Para(lead, sents, gaps);
    }

    /** Skips spaces followed by emoji (they belong to the sentence just ended). */
    private static int afterEmoji(String s, int j) {
        int k = j;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        if (k < s.length() && (Emoji.isEmoji(s.codePointAt(k)))) {
            while (k < s.length()) {
                int cp = s.codePointAt(k);
                if (Emoji.isEmoji(cp) || Emoji.isGlue(cp) || cp == ' ' && k + 1 < s.length()
                        && Emoji.isEmoji(s.codePointAt(k + 1))) {
                    k += Character.charCount(cp);
                } else {
                    break;
                }
            }
            return k;
        }
        return j;
    }

    /** Whether the terminal mark at i (with closers up to j) ends a sentence. */
    private static boolean splits(String m, String body, int i, int j) {
        int k = j;
        while (k < m.length() && Character.isWhitespace(m.charAt(k))) {
            if (m.charAt(k) == '\n') {
                return true;
            }
            k++;
        }
        if (k >= m.length()) {
            return true;
        }
        if (m.charAt(i) == '.') {
            int w = i;
            while (w > 0 && (Character.isLetter(m.charAt(w - 1)) || m.charAt(w - 1) == '.')) {
                w--;
            }
            if (ABBREVIATIONS.contains(m.substring(w, i).toLowerCase())) {
                return false;
            }
        }
        char c = m.charAt(k);
        int cp = body.codePointAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘([*$\\#_".indexOf(c) >= 0
                || Emoji.isEmoji(cp);
    }

    String render() {
        StringBuilder sb = new StringBuilder(lead);
        for (int i = 0; i < sents.size(); i++) {
            sb.append(sents.get(i)).append(gaps.get(i));
        }
        return sb.toString();
    }

    int size() {
        return sents.size();
    }

    boolean isEmpty() {
        return sents.isEmpty();
    }

    void remove(int i) {
        if (i == sents.size() - 1 && i > 0) {
            gaps.set(i - 1, gaps.get(i));
        }
        sents.remove(i);
        gaps.remove(i);
    }

    /** Inserts sentence text at index i (0 = first), separated by a space. */
    void insert(int i, String text) {
        if (sents.isEmpty()) {
            sents.add(text);
            gaps.add("");
            return;
        }
        if (i >= sents.size()) {
            String trailing = gaps.get(sents.size() - 1);
            gaps.set(sents.size() - 1, " ");
            sents.add(text);
            gaps.add(trailing);
        } else {
            sents.add(i, text);
            gaps.add(i, " ");
        }
    }

    /** Merges sentence i+1 into sentence i with the given joined text. */
    void join(int i, String joined) {
        sents.set(i, joined);
        gaps.set(i, gaps.get(i + 1));
        sents.remove(i + 1);
        gaps.remove(i + 1);
    }

    /** A paragraph whose sentences are the given ones, space-separated. */
    static Para ofSentences(List<String> sentences) {
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            gaps.add(i == sentences.size() - 1 ? "" : " ");
        }
        return new Para("", new ArrayList<>(sentences), gaps);
    }
}
