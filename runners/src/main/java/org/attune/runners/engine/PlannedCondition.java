package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.Condition;
import org.attune.personas.InvalidInputException;

/**
 * A condition as planned and labelled (SPEC §2): the condition, and for a budget sweep the discovery
 * question budget, which is part of the label ({@code discovery@3}) and so of the episode key.
 * {@code budget} is null when the run's {@code --max-turns} applies.
 */
public record PlannedCondition(Condition condition, Integer budget) {
    /** The largest question budget a sweep may ask for (as {@code --max-turns}). */
    public static final int MAX_BUDGET = 50;

    public PlannedCondition {
        if (budget != null && condition != Condition.DISCOVERY) {
            throw new IllegalArgumentException("only discovery has a question budget");
        }
    }

    /** The label episodes and summaries carry: the condition id, with {@code @BUDGET} in a sweep. */
    public String label() {
        return budget == null ? condition.id() : condition.id() + "@" + budget;
    }

    /** Reads a label: {@code generic}, ..., {@code discovery} or {@code discovery@N}. */
    public static PlannedCondition parse(String label) {
        String s = label.strip();
        int at = s.indexOf('@');
        if (at < 0) {
            return new PlannedCondition(condition(s), null);
        }
        Condition c = condition(s.substring(0, at));
        if (c != Condition.DISCOVERY) {
            throw new InvalidInputException("--conditions: \"" + label + "\": only discovery takes a question budget"
                    + " (discovery@N)");
        }
        return new PlannedCondition(c, budget("--conditions", s.substring(at + 1)));
    }

    /**
     * The conditions with {@code discovery} played once per budget ({@code --budgets}); unchanged when no
     * budget is given. A sweep without the discovery condition is an input error.
     */
    public static List<String> withBudgets(List<String> conditions, List<String> budgets) {
        if (budgets == null || budgets.isEmpty()) {
            return conditions;
        }
        List<Integer> parsed = new ArrayList<>();
        for (String b : budgets) {
            int n = budget("--budgets", b);
            if (!parsed.contains(n)) {
                parsed.add(n);
            }
        }
        List<String> out = new ArrayList<>();
        boolean discovery = false;
        for (String c : conditions) {
            if (parse(c).condition() == Condition.DISCOVERY) {
                if (!discovery) {
                    parsed.stream().sorted().forEach(n -> out.add(Condition.DISCOVERY.id() + "@" + n));
                }
                discovery = true;
            } else {
                out.add(c);
            }
        }
        if (!discovery) {
            throw new InvalidInputException("--budgets: a budget sweep plays the discovery condition, which"
                    + " --conditions leaves out; add discovery to --conditions");
        }
        return out;
    }

    public static int budget(String option, String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0 && n <= MAX_BUDGET) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(option + ": a question budget must be a whole number 0-" + MAX_BUDGET
                + ", was \"" + text.strip() + "\"");
    }

    private static Condition condition(String s) {
        for (Condition c : Condition.values()) {
            if (c.id().equals(s.strip().toLowerCase(java.util.Locale.ROOT))) {
                return c;
            }
        }
        throw new InvalidInputException(
                "--conditions: unknown condition \"" + s + "\" (known: generic, persona, discovery, oracle, persona_known)"
                        + org.attune.personas.util.DidYouMean.hint(s, java.util.Arrays.stream(Condition.values())
                                .map(Condition::id).toList()));
    }
}
