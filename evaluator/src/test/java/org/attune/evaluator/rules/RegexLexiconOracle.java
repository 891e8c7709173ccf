package org.attune.evaluator.rules;

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
 * The regular-expression {@link Lexicon} as it was before {@link PhraseScanner}: one alternation of
 * every key, tried at every position. Kept as the oracle the scanner must agree with.
 */
final class RegexLexiconOracle {
    final Map<String, String> table;
    final Pattern pattern;

    RegexLexiconOracle(Map<String, String> table) {
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
}
