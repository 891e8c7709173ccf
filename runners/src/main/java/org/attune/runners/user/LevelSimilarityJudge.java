package org.attune.runners.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attune.api.Attribute;
import org.attune.api.CheckKind;
import org.attune.api.CriterionScore;
import org.attune.api.Judge;
import org.attune.api.Persona;

/**
 * The offline judgement of a rubric criterion that has no cue phrases (a PrefDisco criterion): the
 * response is compared, with the in-process sentence embedding model, to each of the rubric's own
 * level descriptions (which PrefDisco writes for this person's value), and the score is the
 * similarity-weighted mean of the level scores (weights exp(similarity / 0.05)). A rough stand-in
 * for a model judge, recorded as kind {@code heuristic}; every other criterion goes to {@code other}.
 */
public final class LevelSimilarityJudge implements Judge {
    static final double TEMPERATURE = 0.05;
    private static final int CHUNK_WORDS = 120;

    private final Judge other;

    /** {@code other} judges every criterion this judge does not; the embedding model loads on first use. */
    public LevelSimilarityJudge(Judge other) {
        this.other = other;
    }

    /** Whether {@code a} is judged here: a judged scale criterion with level texts and no cue phrases. */
    public static boolean handles(Attribute a) {
        return a.check() == CheckKind.JUDGE && a.isScale() && a.cues().isEmpty() && a.scale().size() >= 2;
    }

    @Override
    public CriterionScore score(Attribute attribute, String value, Persona persona, String response) {
        if (!handles(attribute)) {
            return other.score(attribute, value, persona, response);
        }
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        List<float[]> chunks = new ArrayList<>();
        for (String c : chunks(response == null ? "" : response)) {
            chunks.add(embedder.embed(c));
        }
        double num = 0;
        double den = 0;
        StringBuilder why = new StringBuilder("level similarity:");
        for (Map.Entry<Integer, String> level : new TreeMap<>(attribute.scale()).entrySet()) {
            float[] l = embedder.embed(attribute.name() + ": " + level.getValue());
            double best = -1;
            for (float[] c : chunks) {
                best = Math.max(best, SentenceEmbedder.cosine(c, l));
            }
            double w = Math.exp(best / TEMPERATURE);
            num += level.getKey() * w;
            den += w;
            why.append(String.format(Locale.ROOT, " %d=%.2f", level.getKey(), best));
        }
        double score = Math.max(1, Math.min(5, num / den));
        return new CriterionScore(attribute.id(), score, CriterionScore.HEURISTIC, why.toString());
    }

    /** The response in pieces the model reads whole (it truncates long inputs). */
    static List<String> chunks(String text) {
        String[] words = text.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i += CHUNK_WORDS) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + CHUNK_WORDS))));
        }
        return out.isEmpty() ? List.of("") : out;
    }
}
