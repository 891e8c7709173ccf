package org.attune.evaluator.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.Checker;
import org.attune.api.StyleOperator;

/**
 * Shared contract of every rules attribute: a checker and an operator over the same value space.
 * The operator returns its input unchanged when the checker already gives 1 (so an editor pays
 * nothing for text that fits), and blank text satisfies every value.
 */
abstract class RuleBase implements Checker, StyleOperator {
    private final String id;
    private final List<String> values;

    RuleBase(String id, String... values) {
        this.id = id;
        this.values = List.of(values);
    }

    final String id() {
        return id;
    }

    final List<String> values() {
        return values;
    }

    /** A value whose operator output this value's checker rejects. */
    abstract String contrary(String value);

    /** The degree for non-blank text and a valid value. */
    abstract double score(String text, String value);

    /** Rewrites non-blank text that does not yet satisfy the value. */
    abstract String rewrite(String text, String value);

    @Override
    public final double degree(String response, String value) {
        requireValue(value);
        if (response == null || response.isBlank()) {
            return 1.0;
        }
        Map<String, Double> known = DEGREES.get().get(response, t -> new HashMap<>());
        String key = id + "\u0000" + value;
        Double d = known.get(key);
        if (d == null) {
            d = Math.max(0.0, Math.min(1.0, score(response, value)));
            known.put(key, d);
        }
        return d;
    }

    /**
     * Degrees are pure functions of (rule, value, text), and scoring asks for the same ones many
     * times: the judge scores a response, the editor checks it again before each operator, after
     * each rewrite and while the word budget checks the other preferences.
     */
    private static final ThreadLocal<RecentTexts<Map<String, Double>>> DEGREES = RecentTexts.perThread();

    @Override
    public final String apply(String response, String value) {
        requireValue(value);
        if (response == null || response.isBlank() || degree(response, value) >= 1.0) {
            return response;
        }
        return rewrite(response, value);
    }

    final void requireValue(String value) {
        if (!values.contains(value)) {
            throw new IllegalArgumentException(id + ": unknown value \"" + value + "\", expected one of " + values);
        }
    }

    /** 1 with no violations, falling by 1/k per violation. */
    static double decay(int violations, int k) {
        return violations <= 0 ? 1.0 : Math.max(0.0, 1.0 - violations / (double) k);
    }
}
