package org.attune.runners.learners;

import org.attune.runners.user.SentenceEmbedder;

/** Maps a context to a vector; learners retrieve past contexts by cosine similarity of these. */
@FunctionalInterface
public interface ContextEmbedding {
    float[] embed(String text);

    /** The in-process sentence model the question matcher uses, loaded once on first use. */
    static ContextEmbedding shared() {
        return text -> SentenceEmbedder.shared().embed(text);
    }
}
