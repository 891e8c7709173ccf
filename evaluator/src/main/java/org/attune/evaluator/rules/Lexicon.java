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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A one-way phrase table (from -> to) matched case-insensitively on whole words, longest phrase
 * first; a replacement keeps the case shape of what it replaces and fixes a preceding "a"/"an".
 */
final class Lexicon {
    private final Map<String, String> table;
    private final Pattern pattern;

    Lexicon(Map<String, String> table) {
        this.table = new LinkedHashMap<>();
        table.forEach((k, v) -> this.table.put(k.toLowerCase(Locale.ROOT), v));
        List<String> keys = new ArrayList<>(this.table.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        String alt = keys.stream().map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        this.pattern = keys.isEmpty() ? null : Pattern.compile(
                "(?:(?<![\\p{L}\\p{N}])([Aa]n?)(\\s+))?(?<![\\p{L}\\p{N}'’-])(" + alt + ")(?![\\p{L}\\p{N}'’-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Map<String, String> table() {
        return table;
    }

    /** Every phrase of the table found in s, in order of appearance (lower case). */
    List<String> find(String s) {
        List<String> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            out.add(m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return out;
    }

    String replace(String s) {
        if (pattern == null) {
            return s;
        }
        Matcher m = pattern.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String found = m.group(3);
            String to = table.get(found.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            String rep = Words.matchCase(found, to);
            if (m.group(1) != null) {
                boolean cap = Character.isUpperCase(m.group(1).charAt(0));
                rep = Words.article(to, cap) + m.group(2) + (cap ? Words.decapitalize(rep) : rep);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
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
