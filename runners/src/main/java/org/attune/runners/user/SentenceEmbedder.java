package org.attune.runners.user;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.attune.evaluator.SharedMemo;

/**
 * The in-process sentence embedding model (all-MiniLM-L6-v2, quantized), loaded once per process,
 * with a bounded cache of unit-length vectors. Safe to call from several threads. Public so the
 * longitudinal learners retrieve similar contexts with the same model as the matcher.
 */
public final class SentenceEmbedder {
    private static final int CACHE_ENTRIES = 20_000;
    private static volatile SentenceEmbedder shared;

    private final EmbeddingModel model;
    private final long loadMillis;
    private final SharedMemo<String, float[]> cache = new SharedMemo<>(CACHE_ENTRIES);

    private SentenceEmbedder() {
        long start = System.nanoTime();
        // A direct executor: single texts are embedded on the calling thread, no pool is started.
        EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        m.embed("warm up").content();
        OrtTempFolder.remove(); // the runtime's native libraries are loaded: its extraction folder can go
        this.model = m;
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The process-wide instance; the first call loads the model (about a second and a half). */
    public static SentenceEmbedder shared() {
        SentenceEmbedder e = shared;
        if (e == null) {
            synchronized (SentenceEmbedder.class) {
                e = shared;
                if (e == null) {
                    e = new SentenceEmbedder();
                    shared = e;
                }
            }
        }
        return e;
    }

    /** Milliseconds the first load took (model class initialisation plus one warm-up call). */
    long loadMillis() {
        return loadMillis;
    }

    /** The unit-length embedding of a text; identical texts share one cached vector. */
    public float[] embed(String text) {
        // computed outside the memory's lock; two threads racing on one text compute the same vector
        return cache.get(normalize(text), key -> unit(model.embed(key).content().vector()));
    }

    /** Cosine similarity of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }

    /** Compiled once (String.replaceAll compiles its pattern on every call). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String normalize(String text) {
        return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += (double) x * x;
        }
        double norm = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0f : (float) (v[i] / norm);
        }
        return out;
    }
}
