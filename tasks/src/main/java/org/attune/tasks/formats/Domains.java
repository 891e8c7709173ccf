package org.attune.tasks.formats;

import java.util.List;
import java.util.Locale;

/** The task domains loaders assign, and the mapping from benchmark subjects to them. */
public final class Domains {
    public static final List<String> ALL = List.of("math", "logic", "science", "medicine", "knowledge", "factual",
            "commonsense", "social");

    private Domains() {
    }

    /** A domain for an MMLU or ScienceQA subject such as {@code college_medicine} or {@code natural science}. */
    public static String ofSubject(String subject) {
        if (subject == null) {
            return "knowledge";
        }
        String s = subject.toLowerCase(Locale.ROOT);
        if (s.contains("logic")) {
            return "logic";
        }
        if (s.contains("medic") || s.contains("anatomy") || s.contains("clinical") || s.contains("nutrition")
                || s.contains("virology") || s.contains("genetics") || s.contains("health")) {
            return "medicine";
        }
        if (s.contains("math") || s.contains("algebra") || s.contains("statistics")) {
            return "math";
        }
        if (s.contains("physics") || s.contains("chemistry") || s.contains("biology") || s.contains("astronomy")
                || s.contains("computer") || s.contains("engineering") || s.contains("natural science")
                || s.contains("machine_learning")) {
            return "science";
        }
        return "knowledge";
    }
}
