package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attune.api.Item;

/** Turns the many ways benchmarks store a gold answer into Attune's: a plain number, a letter, a text. */
final class Golds {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?(/\\d+)?");

    private Golds() {
    }

    /** A number as plain text: thousands separators and a trailing ".0" dropped. */
    static String number(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            throw new BadRecord(field + ": is missing");
        }
        if (v.isNumber()) {
            return plain(v.decimalValue().stripTrailingZeros());
        }
        if (!v.isTextual()) {
            throw new BadRecord(field + ": expected a number, was " + Fields.kind(v));
        }
        return number(v.asText(), field);
    }

    static String number(String raw, String field) {
        String s = raw.strip().replace(",", "").replace("$", "").replaceAll("\\s+", "");
        if (!NUMBER.matcher(s).matches()) {
            throw new BadRecord(field + ": expected a number, was \"" + shorten(raw.strip()) + "\"");
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!s.contains("/") && !s.contains("e") && !s.contains("E") && s.contains(".")) {
            s = plain(new java.math.BigDecimal(s).stripTrailingZeros());
        }
        return s;
    }

    private static String plain(java.math.BigDecimal d) {
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * The gold letter of a choice item from a letter ("C", "c", "(C)"), a 0-based index, or the
     * option text itself.
     */
    static String choice(JsonNode v, String field, List<String> options, boolean oneBased) {
        return choice(v, field, options, oneBased, false);
    }

    /**
     * As {@link #choice(JsonNode, String, List, boolean)}; with {@code textFirst} a string that is
     * exactly one option's text names that option even when it looks like an index (generic files,
     * where "9" among options "2" and "9" means the option; MMLU's index column never does).
     */
    static String choice(JsonNode v, String field, List<String> options, boolean oneBased, boolean textFirst) {
        if (v == null || v.isNull()) {
            throw new BadRecord(field + ": is missing");
        }
        if (textFirst && v.isTextual() && options.contains(v.asText().strip())) {
            return Item.letter(options.indexOf(v.asText().strip()));
        }
        if (v.isIntegralNumber() || (v.isTextual() && v.asText().strip().matches("\\d{1,3}"))) {
            int i = v.isIntegralNumber() ? v.intValue() : Integer.parseInt(v.asText().strip());
            int index = oneBased ? i - 1 : i;
            if (index < 0 || index >= options.size()) {
                throw new BadRecord(field + ": index " + i + " is out of range for " + options.size() + " options"
                        + (oneBased ? " (1-based)" : " (0-based)"));
            }
            return Item.letter(index);
        }
        if (!v.isTextual()) {
            throw new BadRecord(field + ": expected a letter, an index or an option text, was " + Fields.kind(v));
        }
        String s = v.asText().strip();
        String letter = s.replaceAll("^\\(?([A-Za-z])\\)?\\.?$", "$1");
        if (letter.length() == 1) {
            int index = Character.toUpperCase(letter.charAt(0)) - 'A';
            if (index >= 0 && index < options.size()) {
                return Item.letter(index);
            }
            if (!options.contains(s)) {
                throw new BadRecord(field + ": letter " + s + " is out of range for " + options.size() + " options");
            }
        }
        int byText = options.indexOf(s);
        if (byText < 0) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).strip().equalsIgnoreCase(s)) {
                    byText = i;
                    break;
                }
            }
        }
        if (byText < 0) {
            throw new BadRecord(field + ": \"" + shorten(s) + "\" is neither a letter nor one of the options");
        }
        return Item.letter(byText);
    }

    /** The letter for a label among the record's own labels ("A".."E" or "1".."4"). */
    static String letterOfLabel(String key, List<String> labels, String field) {
        int i = labels.indexOf(key);
        if (i < 0) {
            for (int j = 0; j < labels.size(); j++) {
                if (labels.get(j).equalsIgnoreCase(key)) {
                    i = j;
                }
            }
        }
        if (i < 0) {
            throw new BadRecord(field + ": \"" + key + "\" is not one of the labels " + labels);
        }
        return Item.letter(i);
    }

    static String quote(JsonNode v) {
        return v != null && v.isValueNode() ? " (" + shorten(v.asText()) + ")" : "";
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
