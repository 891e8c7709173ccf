package org.attune.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.api.Persona;
import org.attune.api.Preference;

/**
 * Checks that a persona's preferences fit together and fit its profile, beyond what one field's
 * validation can see: combinations a single person would not plausibly ask for. Used by
 * {@code attune validate}; problems name the file and the preferences involved.
 */
public final class PersonaConsistency {
    private PersonaConsistency() {
    }

    /** Problems as {@code file: preferences: what}; empty when consistent. */
    public static List<String> check(String file, Persona p) {
        List<String> out = new ArrayList<>();
        for (String clash : clashes(p)) {
            out.add(file + ": preferences: " + clash);
        }
        if (scale(p, "field-analogies") >= 2 && p.expertise().isEmpty()) {
            out.add(file + ": preferences.field-analogies: asks for analogies from a field but declares no expertise");
        }
        return out;
    }

    /** Checks every persona of a set of files and the set as a whole (ids and names unique). */
    public static List<String> checkAll(Map<String, Persona> byFile) {
        List<String> out = new ArrayList<>(PersonaLibrary.crossCheck(byFile));
        byFile.forEach((file, p) -> out.addAll(check(file, p)));
        return out;
    }

    /** Combinations a single person would not plausibly ask for, or that clash with the profile. */
    public static List<String> clashes(Persona p) {
        List<String> out = new ArrayList<>();
        if (is(p, "word-budget", "brief") && (scale(p, "worked-example") >= 4 || scale(p, "alternative-methods") >= 4
                || scale(p, "rigor") >= 5 || is(p, "headings", "use"))) {
            out.add("word-budget brief but asks for long content (worked example, second method, full rigor or headings)");
        }
        if (is(p, "jargon", "technical") && between(scale(p, "assumed-background"), 1, 2)) {
            out.add("jargon technical but assumed-background says no background");
        }
        if (is(p, "emoji", "some") && is(p, "contractions", "formal")) {
            out.add("emoji some in a formal register (contractions formal)");
        }
        if (is(p, "exclamation", "enthusiastic") && scale(p, "encouragement") == 1) {
            out.add("exclamation enthusiastic but encouragement strictly neutral");
        }
        if (is(p, "layout", "numbered-steps") && is(p, "sentence-length", "long")) {
            out.add("layout numbered-steps with sentence-length long");
        }
        if (is(p, "math-notation", "latex") && (is(p, "jargon", "plain") || between(scale(p, "assumed-background"), 1, 2))) {
            out.add("math-notation latex for a reader who wants plain words");
        }
        if (is(p, "address", "impersonal") && (scale(p, "encouragement") >= 4 || scale(p, "reassurance") >= 4)) {
            out.add("address impersonal but wants warmth aimed at them (encouragement or reassurance 4+)");
        }
        if (scale(p, "reassurance") >= 4 && p.bigFive() != null && p.bigFive().neuroticism() <= 2) {
            out.add("reassurance 4+ but the Big Five profile is emotionally stable (neuroticism 2 or less)");
        }
        return out;
    }

    private static boolean between(int v, int lo, int hi) {
        return v >= lo && v <= hi;
    }

    private static boolean is(Persona p, String attribute, String value) {
        Preference pref = p.preferences().get(attribute);
        return pref != null && pref.value().equals(value);
    }

    /** The scale value, or 0 when the persona holds none. */
    private static int scale(Persona p, String attribute) {
        Preference pref = p.preferences().get(attribute);
        return pref == null || !pref.value().matches("[1-5]") ? 0 : Integer.parseInt(pref.value());
    }
}
