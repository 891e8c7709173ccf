package org.attune.runners.user;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.Attribute;
import org.attune.api.Choice;
import org.attune.api.Match;
import org.attune.personas.AttributeCatalog;

/**
 * Decides which attributes an agent's message asks the simulated user about (SPEC §2), offline,
 * with an in-process sentence embedding model.
 *
 * <p>Each attribute is represented by the embeddings of its name, description, question hints,
 * choice descriptions, scale anchors and labelled example questions ({@link QuestionExamples}); a
 * text's similarity to it is the mean of its two best cosine similarities, plus {@link #CUE_BONUS}
 * when one of the attribute's lexical cues occurs in the text ({@link QuestionCues}). The message is
 * scored question by question, each without its framing ("Before I answer,": {@link ClauseSplitter}),
 * and conjunct by conjunct when a question joins requests ("headings and a summary"). A question's
 * best attribute counts when it reaches the threshold and no small-talk example is closer; a conjunct
 * also needs {@link #CONJUNCT_MARGIN} more and a cue of its own. A question asks about the task when a
 * lexical cue fires or the task prototypes beat every attribute.
 * Deterministic for a given model and catalog; safe to call from several threads.
 */
public final class EmbeddingAttributeMatcher implements AttributeMatcher {
    /**
     * The default similarity threshold: the highest of the best plateau of a grid search on the tuning
     * half of the fresh paraphrase set ({@code AttributeMatcherAccuracyTest} fails if the two drift apart).
     */
    public static final double DEFAULT_THRESHOLD = 0.49;
    /** A task prototype must reach this similarity (and beat every attribute) to count. */
    static final double TASK_FLOOR = 0.40;
    /** Added to an attribute's similarity when one of its lexical cues occurs in the unit ({@link QuestionCues}). */
    static final double CUE_BONUS = 0.15;
    /** Questions about the person's own life and tastes, never about how an answer is written. */
    private static final java.util.regex.Pattern SMALL_TALK = java.util.regex.Pattern.compile(
            "(?i)\\byour favou?rite (?!(?:way|format|style|kind of (?:answer|explanation|reply)))");
    /** Extra similarity a conjunct needs: it is a shorter, more ambiguous text than a question. */
    static final double CONJUNCT_MARGIN = 0.10;

    private final SentenceEmbedder embedder;
    private final List<String> ids;
    private final List<float[][]> vectors;
    private final TaskContentDetector task;
    private final Prototypes offTopic;
    private final QuestionCues cues;
    private final double threshold;
    /**
     * Scores of texts already seen (a pure function of the text): agents ask the same few questions
     * over and over, and scoring one against every attribute text was most of an offline discovery
     * episode's CPU. Bounded; once full, new texts are scored without being remembered.
     */
    private final Map<String, Scored> seen = new java.util.concurrent.ConcurrentHashMap<>();
    static final int MEMO_SIZE = 8192;

    /** Everything a unit's scores take from its text alone: similarities and which lexical cues fire. */
    private record Scored(double[] attributeSimilarity, double taskSimilarity, double offTopicSimilarity, boolean[] cue,
                          boolean taskCue) {
    }

    private EmbeddingAttributeMatcher(SentenceEmbedder embedder, List<String> ids, List<float[][]> vectors,
                                      TaskContentDetector task, Prototypes offTopic, QuestionCues cues, double threshold) {
        this.embedder = embedder;
        this.ids = ids;
        this.vectors = vectors;
        this.task = task;
        this.offTopic = offTopic;
        this.cues = cues;
        this.threshold = threshold;
    }

    /** A matcher over the catalog with the default threshold; all matchers share one model. */
    public static EmbeddingAttributeMatcher create(AttributeCatalog catalog) {
        return create(catalog, DEFAULT_THRESHOLD);
    }

    static EmbeddingAttributeMatcher create(AttributeCatalog catalog, double threshold) {
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        List<String> ids = new ArrayList<>();
        List<float[][]> vectors = new ArrayList<>();
        QuestionExamples examples = QuestionExamples.load();
        for (Attribute a : catalog.all()) {
            List<String> texts = new ArrayList<>(texts(a));
            texts.addAll(examples.forAttribute(a.id()));
            float[][] v = new float[texts.size()][];
            for (int i = 0; i < v.length; i++) {
                v[i] = embedder.embed(texts.get(i));
            }
            ids.add(a.id());
            vectors.add(v);
        }
        return new EmbeddingAttributeMatcher(embedder, List.copyOf(ids), List.copyOf(vectors),
                TaskContentDetector.load(embedder, examples.task()), Prototypes.of(embedder, examples.offTopic()),
                QuestionCues.load(), threshold);
    }

    /** The texts that stand for an attribute. */
    static List<String> texts(Attribute a) {
        List<String> t = new ArrayList<>();
        t.add(a.name());
        t.add(a.description());
        t.addAll(a.questionHints());
        for (Choice c : a.choices()) {
            t.add(c.description());
        }
        // Anchors in key order, so the text list (and any tie) never depends on map order.
        a.scale().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> t.add(e.getValue()));
        return t;
    }

    /**
     * Classifies one agent message; one message may target several attributes. A message that asks
     * both about the task and about preferences is {@code ATTRIBUTES}: the user can answer that part.
     */
    public MatchResult match(String message) {
        return decide(score(message), threshold);
    }

    /** As {@link #match(String)}, ranking only the attributes {@code allowed} accepts. */
    @Override
    public MatchResult match(String message, java.util.function.Predicate<String> allowed) {
        boolean[] mask = new boolean[ids.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = allowed.test(ids.get(i));
        }
        return decide(score(message), threshold, CUE_BONUS, mask);
    }

    public double threshold() {
        return threshold;
    }

    /** Milliseconds the process-wide model took to load. */
    static long modelLoadMillis() {
        return SentenceEmbedder.shared().loadMillis();
    }

    /** Scores a message against every attribute and the task prototypes, before any threshold. */
    MessageScores score(String message) {
        List<MessageScores.Unit> out = new ArrayList<>();
        List<String> clauses = ClauseSplitter.split(message);
        for (String c : clauses) {
            out.add(unit(c, false));
        }
        for (String c : clauses) {
            List<String> conjuncts = ClauseSplitter.conjuncts(c);
            if (conjuncts.size() > 1) {
                for (String part : conjuncts) {
                    out.add(unit(part, true));
                }
            }
        }
        return new MessageScores(out);
    }

    private MessageScores.Unit unit(String text, boolean conjunct) {
        Scored s = seen.get(text);
        if (s == null) {
            float[] x = embedder.embed(text);
            double[] sims = new double[ids.size()];
            for (int i = 0; i < sims.length; i++) {
                sims[i] = topTwoMean(x, vectors.get(i));
            }
            // the cues too: on a 120,000-episode offline suite, matching them was a fifth of the run's CPU
            s = new Scored(sims, task.similarity(x), offTopic.similarity(x), cues.fire(text, ids),
                    TaskContentDetector.hasCue(text));
            if (seen.size() < MEMO_SIZE) {
                seen.put(text, s);
            }
        }
        return new MessageScores.Unit(text, s.attributeSimilarity().clone(), s.cue().clone(), s.taskSimilarity(),
                s.taskCue(), s.offTopicSimilarity(), conjunct);
    }

    /** Applies the threshold and cue bonus to the scores of a message. */
    MatchResult decide(MessageScores scores, double threshold) {
        return decide(scores, threshold, CUE_BONUS);
    }

    MatchResult decide(MessageScores scores, double threshold, double cueBonus) {
        return decide(scores, threshold, cueBonus, null);
    }

    /** As above, with the attributes whose {@code allowed} entry is false left out (null: none left out). */
    private MatchResult decide(MessageScores scores, double threshold, double cueBonus, boolean[] allowed) {
        Map<String, Double> matched = new LinkedHashMap<>();
        boolean aboutTask = false;
        for (MessageScores.Unit u : scores.units()) {
            double[] sims = u.similarity(cueBonus);
            if (allowed != null) {
                for (int i = 0; i < sims.length; i++) {
                    if (!allowed[i]) {
                        sims[i] = Double.NEGATIVE_INFINITY;
                    }
                }
            }
            if (u.asksAboutTask(sims, TASK_FLOOR)) {
                // A conjunct is part of a question, not a question about the task on its own.
                aboutTask |= !u.conjunct();
                continue;
            }
            int b = MessageScores.best(sims);
            double s = sims[b];
            if (u.offTopicSimilarity() > s || SMALL_TALK.matcher(u.text()).find()) {
                continue; // closer to small talk than to any attribute
            }
            // A conjunct is a fragment ("simple or long"): it adds a request only with a lexical cue of its own.
            if (s >= threshold + (u.conjunct() ? CONJUNCT_MARGIN : 0) && (!u.conjunct() || u.cue()[b])) {
                matched.merge(ids.get(b), s, Math::max);
            }
        }
        if (!matched.isEmpty()) {
            List<Match> matches = new ArrayList<>();
            // Logged as a similarity: a cue bonus may lift a score past 1, which a cosine never reaches.
            matched.forEach((id, s) -> matches.add(new Match(id, Math.round(Math.min(1.0, s) * 10_000) / 10_000.0)));
            // Best first; equal similarities keep catalog order (the sort is stable).
            matches.sort(Comparator.comparingDouble(Match::similarity).reversed());
            return new MatchResult(MatchResult.Kind.ATTRIBUTES, matches);
        }
        return new MatchResult(aboutTask ? MatchResult.Kind.TASK_CONTENT : MatchResult.Kind.OFF_TOPIC, List.of());
    }

    List<String> attributeIds() {
        return ids;
    }

    /** Mean of the two highest similarities of x to an attribute's texts (one text: that one). */
    private static double topTwoMean(float[] x, float[][] texts) {
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (float[] t : texts) {
            double s = SentenceEmbedder.cosine(x, t);
            if (s > first) {
                second = first;
                first = s;
            } else if (s > second) {
                second = s;
            }
        }
        return texts.length < 2 ? first : (first + second) / 2;
    }

    @Override
    public String toString() {
        return "EmbeddingAttributeMatcher[" + ids.size() + " attributes, threshold " + threshold + "]";
    }
}
