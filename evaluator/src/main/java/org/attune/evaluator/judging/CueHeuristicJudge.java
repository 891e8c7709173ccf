package org.attune.evaluator.judging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.api.Attribute;
import org.attune.api.CriterionScore;
import org.attune.api.Judge;
import org.attune.api.Persona;

/**
 * The offline stand-in for a model judge on {@code judge} attributes, recorded as kind
 * {@code heuristic} and never presented as a model judgement. It measures how present the
 * attribute is from the attribute's cue phrases (p = min(1, distinct cues found / 2)) and scores
 * the distance to the presence the target implies: s = 5 - 4 |p - p*|, with p* = (v - 1) / 4 on the
 * 1-5 scale (for a choices attribute, p* = 1 for its first choice and 0 otherwise).
 */
public final class CueHeuristicJudge implements Judge {
    @Override
    public CriterionScore score(Attribute attribute, String value, Persona persona, String response) {
        String text = response == null ? "" : response.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String cue : attribute.cues()) {
            if (containsCue(text, cue.toLowerCase(Locale.ROOT))) {
                found.add(cue);
            }
        }
        double presence = Math.min(1.0, found.size() / 2.0);
        double target = targetPresence(attribute, value);
        double score = 5 - 4 * Math.abs(presence - target);
        String why = String.format(Locale.ROOT, "cue heuristic: %d cue(s)%s, presence %.2f vs target %.2f",
                found.size(), found.isEmpty() ? "" : " " + found, presence, target);
        return new CriterionScore(attribute.id(), score, CriterionScore.HEURISTIC, why);
    }

    static double targetPresence(Attribute attribute, String value) {
        if (attribute.isScale()) {
            return (Integer.parseInt(value) - 1) / 4.0;
        }
        return attribute.values().indexOf(value) == 0 ? 1.0 : 0.0;
    }

    /** Whole-word match, so the cue "ha" does not fire inside "that". */
    static boolean containsCue(String text, String cue) {
        int from = 0;
        while (true) {
            int i = text.indexOf(cue, from);
            if (i < 0) {
                return false;
            }
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + cue.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(cue.charAt(cue.length() - 1));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }
}
