package org.attune.evaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.CriterionScore;

/**
 * How closely a model judge agrees with the deterministic checkers on {@code rules} attributes,
 * from the episodes' {@code judgeAudit} entries (only runs with {@code --judge-all} have them).
 * A pair is one criterion scored by both: {@code exact} is the share where the model's score equals
 * the checker's score rounded, {@code withinOne} the share at most one point apart.
 */
public record JudgeAudit(Agreement overall, List<Agreement> byAttribute) {

    /** Agreement over some pairs of (checker score, model score). */
    public record Agreement(String attribute, int pairs, double exact, double withinOne, double meanAbsoluteDifference) {
    }

    public JudgeAudit {
        byAttribute = List.copyOf(byAttribute);
    }

    /** The audit of a run's scored episodes, or null when none carries a second opinion. */
    public static JudgeAudit of(List<Episode> episodes) {
        Map<String, double[]> by = new TreeMap<>(); // pairs, exact, within one, sum |diff|
        for (Episode e : episodes) {
            if (e.failed() || e.scores() == null) {
                continue;
            }
            for (CriterionScore model : e.judgeAudit()) {
                for (CriterionScore checker : e.scores().criteria()) {
                    if (checker.attribute().equals(model.attribute()) && CriterionScore.RULES.equals(checker.kind())) {
                        add(by.computeIfAbsent(model.attribute(), k -> new double[4]), checker.score(), model.score());
                    }
                }
            }
        }
        if (by.isEmpty()) {
            return null;
        }
        double[] all = new double[4];
        List<Agreement> list = new ArrayList<>();
        by.forEach((attribute, a) -> {
            for (int i = 0; i < 4; i++) {
                all[i] += a[i];
            }
            list.add(agreement(attribute, a));
        });
        return new JudgeAudit(agreement("all", all), list);
    }

    private static void add(double[] a, double checker, double model) {
        double diff = Math.abs(checker - model);
        a[0]++;
        a[1] += Math.round(checker) == Math.round(model) ? 1 : 0;
        a[2] += diff <= 1 + 1e-9 ? 1 : 0;
        a[3] += diff;
    }

    private static Agreement agreement(String attribute, double[] a) {
        return new Agreement(attribute, (int) a[0], a[1] / a[0], a[2] / a[0], a[3] / a[0]);
    }
}
