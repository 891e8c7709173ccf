package org.attune.tasks.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.AnswerType;
import org.attune.personas.InvalidInputException;

/**
 * How to read a public benchmark file. Every field is optional: {@code format} overrides
 * auto-detection, {@code mapping} names the fields of a generic file (target -> source field),
 * {@code answerType} overrides the type where a format allows a choice, {@code labels} is a
 * separate gold-label file (SocialIQA), {@code domain} overrides the domain. A file with records that
 * do not load is refused unless {@code skipInvalid} (then the valid records are played).
 */
public record LoadOptions(String format, Map<String, String> mapping, AnswerType answerType, Path labels,
                          String domain, boolean skipInvalid) {
    /** Target names a {@code --map} entry may set. */
    public static final List<String> MAP_KEYS = List.of("id", "question", "context", "answer", "choices", "aliases",
            "solution", "domain");

    public LoadOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    public LoadOptions(String format, Map<String, String> mapping, AnswerType answerType, Path labels, String domain) {
        this(format, mapping, answerType, labels, domain, false);
    }

    /** These options, playing only the valid records of a file with invalid ones ({@code --skip-invalid}). */
    public LoadOptions withSkipInvalid(boolean skip) {
        return new LoadOptions(format, mapping, answerType, labels, domain, skip);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(null, Map.of(), null, null, null);
    }

    /**
     * Builds options from command-line strings, checking each: {@code map} entries are
     * {@code target=field} (a CSV file's choices may list columns with {@code |}).
     */
    public static LoadOptions parse(String format, List<String> map, String answerType, Path labels, String domain) {
        List<String> problems = new ArrayList<>();
        if (format != null && !TaskFormats.names().contains(format)) {
            problems.add("--format: unknown format \"" + format + "\" (known: " + String.join(", ", TaskFormats.names()) + ")"
                    + org.attune.personas.util.DidYouMean.hint(format, TaskFormats.names()));
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String entry : map == null ? List.<String>of() : map) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            String key = eq < 0 ? e : e.substring(0, eq).strip();
            String value = eq < 0 ? "" : e.substring(eq + 1).strip();
            if (eq < 0 || value.isEmpty()) {
                problems.add("--map: expected TARGET=FIELD, was \"" + e + "\"");
            } else if (!MAP_KEYS.contains(key)) {
                problems.add("--map: unknown target \"" + key + "\" (known: " + String.join(", ", MAP_KEYS) + ")"
                        + org.attune.personas.util.DidYouMean.hint(key, MAP_KEYS));
            } else if (m.put(key, value) != null) {
                problems.add("--map: \"" + key + "\" is mapped twice");
            }
        }
        AnswerType type = null;
        if (answerType != null) {
            type = AnswerType.fromId(answerType.strip().toLowerCase(java.util.Locale.ROOT));
            if (type == null || type == AnswerType.OPEN) {
                problems.add("--answer-type: must be number, choice, text or expression; was \"" + answerType + "\"");
            }
        }
        if (domain != null && !Domains.ALL.contains(domain)) {
            problems.add("--domain: must be one of " + String.join(", ", Domains.ALL) + "; was \"" + domain + "\""
                    + org.attune.personas.util.DidYouMean.hint(domain, Domains.ALL));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LoadOptions(format, m, type, labels, domain);
    }

    /** Whether nothing is set, so the file is read exactly as detected. */
    public boolean isDefault() {
        return format == null && mapping.isEmpty() && answerType == null && labels == null && domain == null
                && !skipInvalid;
    }
}
