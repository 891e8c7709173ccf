package org.attune.runners.agents.pep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.attune.api.Attribute;

/**
 * Reads a person's reply to a PEP question, clause by clause, so that one sentence about another
 * attribute ("No strong preference about where the answer goes.") neither hides nor fakes the answer
 * to the question asked. For the attribute asked: the value some clause states (read by the reference
 * agent's reader), else "no preference" when a clause says so about it or about nothing named, else
 * unknown (a deflection, or nothing readable). Clauses that say "no preference" about other named
 * attributes are reported too.
 */
final class PepReplies {
    /** The reading of one reply: the asked attribute's value, or none; plus attributes said to be not wanted. */
    record Reading(Kind kind, String value, List<String> alsoInactive) {
        enum Kind { VALUE, NO_PREFERENCE, UNKNOWN }
    }

    private static final Pattern CLAUSES = Pattern.compile("(?<=[.!?;])\\s+|\\n+|\\s+[-\u2013\u2014]+\\s+");
    private static final Pattern NO_PREFERENCE = Pattern.compile("(?i)\\b(no (strong |real |particular )?"
            + "(preference|opinion)|(do ?n['\u2019]?t|doesn['\u2019]?t|do not|does not) (really )?(mind|care|matter)"
            + "|(do ?n['\u2019]?t|do not) (really )?have (a |any )?(strong |real |particular )?(preference|opinion)"
            + "|either (way|is fine|one)|whatever (you think|works)|up to you|not fussed|no strong feelings)\\b");

    private final BiFunction<Attribute, String, String> valueReader;

    /** @param valueReader reads a value of an attribute out of a text, or null (the reference agent's reader) */
    PepReplies(BiFunction<Attribute, String, String> valueReader) {
        this.valueReader = valueReader;
    }

    Reading read(Attribute asked, String reply, List<Attribute> candidates) {
        if (reply == null || reply.isBlank()) {
            return new Reading(Reading.Kind.UNKNOWN, null, List.of());
        }
        String value = null;
        boolean noPreference = false;
        Map<String, Boolean> others = new LinkedHashMap<>();
        for (String clause : CLAUSES.split(reply.strip())) {
            if (clause.isBlank()) {
                continue;
            }
            boolean declines = NO_PREFERENCE.matcher(clause).find();
            if (!declines) {
                if (value == null) {
                    value = valueReader.apply(asked, clause);
                }
                continue;
            }
            List<Attribute> named = named(clause, candidates);
            if (named.isEmpty() || named.stream().anyMatch(a -> a.id().equals(asked.id()))) {
                noPreference = true;
            }
            for (Attribute a : named) {
                if (!a.id().equals(asked.id())) {
                    others.put(a.id(), true);
                }
            }
        }
        List<String> inactive = new ArrayList<>(others.keySet());
        if (value != null) {
            return new Reading(Reading.Kind.VALUE, value, inactive);
        }
        return new Reading(noPreference ? Reading.Kind.NO_PREFERENCE : Reading.Kind.UNKNOWN, null, inactive);
    }

    /** The candidates whose name the clause contains (lowercase, whole words). */
    private static List<Attribute> named(String clause, List<Attribute> candidates) {
        String c = " " + clause.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : candidates) {
            String name = a.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (!name.isEmpty() && c.contains(" " + name + " ")) {
                out.add(a);
            }
        }
        return out;
    }
}
