package org.attune.runners.agents.pep;

import java.util.Set;

/**
 * What PEP's priors need of one PrefDisco record: which item it is, the problem it belongs to
 * ({@link #groupOf}), and the criteria (attribute ids) the record holds.
 */
public record HeldCriteria(String task, String item, String group, Set<String> criteria) {
    private static final java.util.regex.Pattern PROBLEM =
            java.util.regex.Pattern.compile("(?i)^(problem)[_-](\\d+)(?:[_-].*)?$");

    public HeldCriteria {
        criteria = Set.copyOf(criteria);
    }

    /**
     * The problem a record's id belongs to: {@code problem_<i>} for an id that starts so (PrefDisco pairs
     * each problem with many personas), else the id itself (a group of one).
     */
    public static String groupOf(String problemId) {
        java.util.regex.Matcher m = PROBLEM.matcher(problemId);
        return m.matches() ? "problem_" + Integer.parseInt(m.group(2)) : problemId;
    }
}
