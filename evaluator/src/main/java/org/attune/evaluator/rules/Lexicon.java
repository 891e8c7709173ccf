package org.attune.evaluator.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A one-way phrase table (from -> to) matched case-insensitively on whole words, longest phrase
 * first; a replacement keeps the case shape of what it replaces and fixes a preceding "a"/"an".
 */
final class Lexicon {
    private final Map<String, String> table;
    private final PhraseScanner scanner;

    Lexicon(Map<String, String> table) {
        this.table = new LinkedHashMap<>();
        table.forEach((k, v) -> this.table.put(k.toLowerCase(Locale.ROOT), v));
        List<String> keys = new ArrayList<>(this.table.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        this.scanner = new PhraseScanner(keys);
    }

    Map<String, String> table() {
        return table;
    }

    /** Every phrase of the table found in s, in order of appearance (lower case). */
    List<String> find(String s) {
        List<String> out = new ArrayList<>();
        for (PhraseScanner.Hit h : scanner.hits(s)) {
            out.add(normalized(s.substring(h.phraseStart(), h.end())));
        }
        return out;
    }

    String replace(String s) {
        List<PhraseScanner.Hit> hits = scanner.hits(s);
        if (hits.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int last = 0;
        for (PhraseScanner.Hit h : hits) {
            String found = s.substring(h.phraseStart(), h.end());
            String to = table.get(normalized(found));
            String rep = Words.matchCase(found, to);
            if (rep == null) {
                // as Matcher.quoteReplacement did: a phrase whose lower case is no key ("ſ" for "s")
                throw new NullPointerException("no replacement for " + found);
            }
            if (h.hasArticle()) {
                boolean cap = Character.isUpperCase(s.charAt(h.start()));
                rep = Words.article(to, cap) + s.substring(h.articleEnd(), h.phraseStart())
                        + (cap ? Words.decapitalize(rep) : rep);
            }
            sb.append(s, last, h.start()).append(rep);
            last = h.end();
        }
        return sb.append(s, last, s.length()).toString();
    }

    /** A matched phrase as a table key: lower case, each run of white space one space. */
    private static String normalized(String found) {
        String l = found.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(l.length());
        boolean space = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (RegexChars.isSpace(c)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** Reads a tab-separated resource: column a -> column b for rows where keep(row) holds. */
    static List<String[]> rows(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
