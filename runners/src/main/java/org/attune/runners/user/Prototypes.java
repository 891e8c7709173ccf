package org.attune.runners.user;

import java.util.List;

/** Embedded example sentences of one kind of message; a text's similarity is its highest cosine to one. */
final class Prototypes {
    private final List<float[]> vectors;

    private Prototypes(List<float[]> vectors) {
        this.vectors = vectors;
    }

    static Prototypes of(SentenceEmbedder embedder, List<String> texts) {
        return new Prototypes(texts.stream().map(embedder::embed).toList());
    }

    /** The highest similarity of a vector to any prototype; -1 when there are none. */
    double similarity(float[] vector) {
        double best = -1;
        for (float[] p : vectors) {
            best = Math.max(best, SentenceEmbedder.cosine(vector, p));
        }
        return best;
    }
}
