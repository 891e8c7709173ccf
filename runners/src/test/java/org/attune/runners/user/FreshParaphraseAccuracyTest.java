package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FreshParaphraseAccuracyTest {
    static final String RESOURCE = "attune/user/fresh-questions.tsv";
    private static EmbeddingAttributeMatcher matcher;
    private static final Map<LabeledQuestions.Row, MessageScores> FRESH = new LinkedHashMap<>();
    private static final Map<LabeledQuestions.Row, MessageScores> OLD = new LinkedHashMap<>();

    @BeforeAll
    static void load() {
        matcher = EmbeddingAttributeMatcher.create(AttributeCatalog.builtin());
        for (LabeledQuestions.Row r : LabeledQuestions.load(RESOURCE).rows()) {
            FRESH.put(r, matcher.score(r.question()));
        }
        for (LabeledQuestions.Row r : LabeledQuestions.load().rows()) {
            OLD.put(r, matcher.score(r.question()));
        }
    }

    static boolean ok(LabeledQuestions.Row r, MatchResult m) {
        if (r.ids().isEmpty()) {
            return m.kind() != MatchResult.Kind.ATTRIBUTES;
        }
        if (r.group().equals(LabeledQuestions.MULTI)) {
            return AttributeMatcherAccuracyTest.predicted(m).equals(r.expected());
        }
        return !m.matches().isEmpty() && m.attributeIds().get(0).equals(r.expected());
    }

    static double acc(Map<LabeledQuestions.Row, MessageScores> rows, Boolean tuning, double t, double b) {
        int n = 0, k = 0;
        for (var e : rows.entrySet()) {
            if (tuning != null && e.getKey().tuning() != tuning) continue;
            n++;
            if (ok(e.getKey(), matcher.decide(e.getValue(), t, b))) k++;
        }
        return k / (double) n;
    }

    static String diag(LabeledQuestions.Row r, MessageScores sc) {
        StringBuilder b = new StringBuilder();
        List<String> ids = matcher.attributeIds();
        for (MessageScores.Unit u : sc.units()) {
            b.append("\n      unit '").append(u.text()).append("' task=").append(String.format(Locale.ROOT, "%.2f", u.taskSimilarity())).append(u.taskCue() ? " CUE" : "");
            for (String id : r.ids()) {
                int i = ids.indexOf(id);
                b.append(String.format(Locale.ROOT, " exp %s=%.3f%s", id, u.attributeSimilarity()[i], u.cue()[i] ? "+cue" : ""));
            }
            int best = MessageScores.best(u.attributeSimilarity());
            b.append(String.format(Locale.ROOT, " rawbest %s=%.3f", ids.get(best), u.attributeSimilarity()[best]));
            b.append(" cues:");
            for (int i = 0; i < ids.size(); i++) if (u.cue()[i]) b.append(' ').append(ids.get(i));
        }
        return b.toString();
    }

    @Test
    void report() {
        StringBuilder grid = new StringBuilder();
        for (double b = 0; b <= 0.301; b += 0.05) {
            for (double t = 0.30; t <= 0.601; t += 0.02) {
                grid.append(String.format(Locale.ROOT, "b=%.2f t=%.2f freshTune=%.3f oldAll=%.3f%n", b, t,
                        acc(FRESH, true, t, b), acc(OLD, null, t, b)));
            }
        }
        System.out.print(grid);
        double t = EmbeddingAttributeMatcher.DEFAULT_THRESHOLD, b = EmbeddingAttributeMatcher.CUE_BONUS;
        List<String> miss = new ArrayList<>();
        for (var e : FRESH.entrySet()) {
            if (!e.getKey().tuning()) continue;
            MatchResult m = matcher.decide(e.getValue(), t, b);
            if (!ok(e.getKey(), m)) miss.add("FRESH " + e.getKey().expected() + " -> " + m.kind() + m.matches() + "  " + e.getKey().question() + diag(e.getKey(), e.getValue()));
        }
        for (var e : OLD.entrySet()) {
            MatchResult m = matcher.decide(e.getValue(), t, b);
            if (!ok(e.getKey(), m)) miss.add("OLD " + e.getKey().expected() + " -> " + m.kind() + m.matches() + "  " + e.getKey().question() + diag(e.getKey(), e.getValue()));
        }
        miss.forEach(System.out::println);
        int attr = 0, top1 = 0, none = 0, nothing = 0;
        for (var e : FRESH.entrySet()) {
            if (e.getKey().tuning()) continue;
            MatchResult m = matcher.decide(e.getValue(), t, b);
            if (e.getKey().ids().isEmpty()) { none++; if (ok(e.getKey(), m)) nothing++; }
            else { attr++; if (ok(e.getKey(), m)) top1++; }
        }
        System.out.printf(Locale.ROOT, "HELDOUT top1 %d/%d nothing %d/%d%n", top1, attr, nothing, none);
        assertThat(FRESH).isNotEmpty();
    }
}
