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
    /** The table's keys in the scanner's order (longest first): a hit names its key by number. */
    private final List<String> keys;
    private final PhraseScanner scanner;

    Lexicon(Map<String, String> table) {
        this.table = new LinkedHashMap<>();
        table.forEach((k, v) -> this.table.put(k.toLowerCase(Locale.ROOT), v));
        List<String> sorted = new ArrayList<>(this.table.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.keys = List.copyOf(sorted);
        this.scanner = new PhraseScanner(keys);
    }

    Map<String, String> table() {
        return table;
    }

    /** Every phrase of the table found in s, in order of appearance, as its key (lower case). */
    List<String> find(String s) {
        List<String> out = new ArrayList<>();
        for (PhraseScanner.Hit h : scanner.hits(s)) {
            out.add(keys.get(h.key()));
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
            // by the key the scanner matched, not the text's lower case: "ſ", "ı" or "İ" match "s" and "i"
            // case-insensitively, but their lower case is no key (the regex version failed on them)
            String to = table.get(keys.get(h.key()));
            String rep = Words.matchCase(found, to);
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
