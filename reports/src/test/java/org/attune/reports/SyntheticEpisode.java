package org.attune.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.attune.api.Attribute;
import org.attune.api.CriterionScore;
import org.attune.api.Match;
import org.attune.api.Turn;
import org.attune.evaluator.EditDistance;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Timing;

/** Makes one synthetic episode whose figures follow the condition and the agent's skill. */
final class SyntheticEpisode {
    private SyntheticEpisode() {
    }

    record Setting(String task, String domain, String item, SyntheticText.Problem problem, String persona,
                   List<PreferenceWeight> active, String condition, String agent, double skill, int epoch,
                   boolean hostile, List<Attribute> catalog) {
    }

    static Episode make(Setting s, SplittableRandom r, int n) {
        String key = Episode.key(s.task(), s.item(), s.persona(), s.condition(), s.agent(), s.epoch());
        Timing timing = new Timing(String.format("2026-11-24T08:%02d:%02dZ", (n / 60) % 60, n % 60),
                400 + r.nextInt(8000));
        List<Turn> turns = new ArrayList<>();
        Set<String> activeIds = new HashSet<>();
        s.active().forEach(p -> activeIds.add(p.attribute()));
        Set<String> asked = new HashSet<>();
        int questions = 0;
        int onTarget = 0;
        boolean discovery = s.condition().equals("discovery");
        if (discovery) {
            int budget = (int) Math.round(s.skill() * 4) - 1 + r.nextInt(3);
            for (int q = 0; q < Math.max(0, Math.min(5, budget)); q++) {
                questions++;
                if (r.nextInt(100) < 8) {
                    turns.add(Turn.agent("Before I answer: what do you think the result is?"));
                    turns.add(Turn.user("I don't know, that is what I am asking you.", List.of()));
                    continue;
                }
                boolean hit = r.nextDouble() < s.skill() * 0.9;
                String target = hit ? s.active().get(r.nextInt(s.active().size())).attribute()
                        : s.catalog().get(r.nextInt(s.catalog().size())).id();
                Attribute a = find(s.catalog(), target);
                String hint = a.questionHints().isEmpty() ? "How would you like this?" : a.questionHints().get(
                        r.nextInt(a.questionHints().size()));
                turns.add(Turn.agent(s.hostile() && q == 0 ? hint + " " + SyntheticText.HOSTILE.get(1) : hint));
                double sim = 0.45 + r.nextDouble() * 0.45;
                if (activeIds.contains(target)) {
                    onTarget++;
                    asked.add(target);
                    String value = s.active().stream().filter(p -> p.attribute().equals(target)).findFirst()
                            .orElseThrow().value();
                    turns.add(Turn.user("For that, I'd go with " + value + ", honestly."
                            + (s.hostile() ? " " + SyntheticText.HOSTILE.get(0) : ""), List.of(new Match(target, sim))));
                } else {
                    turns.add(Turn.user("No strong preference there.", List.of(new Match(target, sim))));
                }
            }
            turns.add(Turn.agent("Thanks, here is my answer."));
        }
        if (r.nextInt(1000) < 6 || s.hostile() && n % 17 == 5) {
            String message = "agent call timed out after 60 s" + (s.hostile() ? " " + SyntheticText.HOSTILE.get(4) : "");
            return new Episode(Episode.SCHEMA, key, s.task(), s.item(), s.persona(), s.condition(), s.agent(),
                    s.epoch(), s.problem().question(), s.problem().answer(), s.active(), turns, null,
                    new ErrorInfo(r.nextBoolean() ? "timeout" : "format", message), null, usage(r, questions, 0),
                    0.0004, timing, null, null, null);
        }
        List<CriterionScore> criteria = new ArrayList<>();
        double alignment = 0;
        boolean allMet = true;
        for (PreferenceWeight p : s.active()) {
            double chance = switch (s.condition()) {
                case "oracle" -> 0.55 + 0.4 * s.skill();
                case "discovery" -> asked.contains(p.attribute()) ? 0.5 + 0.4 * s.skill() : 0.3;
                case "persona" -> 0.4;
                default -> 0.3;
            };
            boolean met = r.nextDouble() < chance;
            Attribute a = find(s.catalog(), p.attribute());
            double score = met ? (a.isRules() ? 5 : 4 + r.nextInt(2)) : (a.isRules() ? 1 + 4 * 0.25 * r.nextInt(3)
                    : 1 + r.nextInt(3));
            allMet &= score >= 5;
            String kind = a.isRules() ? CriterionScore.RULES : r.nextBoolean() ? CriterionScore.MODEL
                    : CriterionScore.HEURISTIC;
            String why = (met ? "Meets the wanted " : "Misses the wanted ") + p.value() + " for " + a.name().toLowerCase()
                    + (s.hostile() ? " " + SyntheticText.HOSTILE.get(criteria.size() % SyntheticText.HOSTILE.size()) : "");
            criteria.add(new CriterionScore(p.attribute(), score, kind, why));
            alignment += p.weight() * score;
        }
        boolean open = s.domain().equals("writing");
        boolean correct = r.nextDouble() < 0.5 + 0.35 * s.skill() - (s.condition().equals("generic") ? 0 : 0.03);
        String said = correct || open ? s.problem().answer() : wrong(s.problem().answer(), r);
        String response = SyntheticText.response(r, s.problem(), said, r.nextInt(3), s.condition().equals("generic")
                ? 2 : r.nextInt(2));
        if (s.hostile()) {
            response = response + "\n\n" + String.join("\n", SyntheticText.HOSTILE);
        }
        String edited = allMet ? response : SyntheticText.edit(r, s.problem(), response, said)
                + (s.hostile() ? "\n" + SyntheticText.HOSTILE.get(2) : "");
        int cost = EditDistance.words(response, edited);
        Integer q = discovery ? questions : null;
        Scores scores = new Scores(alignment, criteria, open ? null : correct, said,
                open ? null : correct ? "matched the gold answer" : "extracted answer differs from the gold answer",
                cost, EditDistance.normalized(response, edited), edited, cost == 0, q,
                discovery ? asked.size() / (double) s.active().size() : null,
                discovery ? (questions == 0 ? 0.0 : onTarget / (double) questions) : null);
        Map<String, RoleUsage> totals = usage(r, questions, criteria.size());
        return new Episode(Episode.SCHEMA, key, s.task(), s.item(), s.persona(), s.condition(), s.agent(), s.epoch(),
                s.problem().question(), open ? null : s.problem().answer(), s.active(), turns, response, null,
                scores, totals, totals.values().stream().mapToDouble(u -> u.inputTokens() * 2e-7
                + u.outputTokens() * 8e-7).sum(), timing, null, null, null);
    }

    private static Map<String, RoleUsage> usage(SplittableRandom r, int questions, int judged) {
        Map<String, RoleUsage> u = new TreeMap<>();
        u.put("agent", new RoleUsage(questions + 1, 350L * (questions + 1) + r.nextInt(200), 120L + r.nextInt(400)));
        if (questions > 0) {
            u.put("user", new RoleUsage(questions, 280L * questions, 40L * questions));
        }
        if (judged > 0) {
            u.put("judge", new RoleUsage(judged, 600L * judged, 60L * judged));
            u.put("editor", new RoleUsage(1, 700, 200 + r.nextInt(200)));
        }
        return u;
    }

    private static String wrong(String answer, SplittableRandom r) {
        try {
            return String.valueOf(Integer.parseInt(answer) + 1 + r.nextInt(5));
        } catch (NumberFormatException e) {
            return answer.length() == 1 ? "A" : "Venus";
        }
    }

    private static Attribute find(List<Attribute> catalog, String id) {
        for (Attribute a : catalog) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
