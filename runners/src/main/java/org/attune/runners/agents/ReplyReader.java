package org.attune.runners.agents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.api.Attribute;
import org.attune.evaluator.EditDistance;
import org.attune.evaluator.SharedMemo;

/**
 * Reads what a person's reply says about preference attributes, sentence by sentence: for each
 * attribute a sentence speaks to, a value (the one whose plain-language description the sentence
 * contains most completely, ties broken by Jaccard overlap), or "no preference". One sentence's "no strong preference" covers only the
 * attribute that sentence is about, so it never hides a value stated in another sentence.
 * Reusable by any agent that asks about attributes and must read the answer.
 */
public final class ReplyReader {
    /** Sentence ends; descriptions and attribute names never contain one. */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])[\"')\\]]*\\s+|\\R+");
    private static final Pattern NO_PREFERENCE = Pattern.compile("(?i)\\bno (?:strong |real |particular )?"
            + "(?:preference|opinion)\\b|\\b(?:i )?(?:don't|do not) (?:really )?(?:mind|care)\\b|\\b(?:it )?(?:doesn't|does not) "
            + "(?:really )?matter\\b|\\beither (?:way|one|is fine)\\b");
    private static final Pattern DEFLECTION = Pattern.compile("(?i)that is what i am asking|i don't know, that is");
    /** A value needs at least half of its description's words in the sentence. */
    private static final double MIN_SCORE = 0.5;
    /** A value of an attribute that the sentence does not name and nobody asked about needs most of them. */
    private static final double MIN_SCORE_UNASKED = 0.8;

    private ReplyReader() {
    }

    /**
     * What one reply says.
     *
     * @param values       attribute id to the value the reply states, in reply order
     * @param noPreference attributes the reply says the person has no preference about (and states no value for)
     */
    public record Reading(Map<String, String> values, Set<String> noPreference) {
        public Reading {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            noPreference = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(noPreference));
        }
    }

    /**
     * Reads a reply to a question about {@code asked}; values of {@code others} (attributes the person
     * may volunteer) count only when a sentence names the attribute or contains most of a value's words.
     */
    public static Reading read(String reply, Collection<Attribute> asked, Collection<Attribute> others) {
        Question q = new Question(reply, asked.toArray(new Attribute[0]), others.toArray(new Attribute[0]));
        return READINGS.get(q, k -> readNow(reply, asked, others));
    }

    /**
     * Readings already made. Simulated people say the same few hundred sentences over and over (a
     * full offline suite's 100,000 replies hold some 1,600 distinct texts), and the agent reads each
     * reply again at every later turn. Bounded to the last few thousand.
     */
    private static final SharedMemo<Question, Reading> READINGS = new SharedMemo<>(4096);

    /** A reading's inputs: the reply and the very attribute objects, in order (records never change). */
    private static final class Question {
        private final String reply;
        private final Attribute[] asked;
        private final Attribute[] others;
        private final int hash;

        Question(String reply, Attribute[] asked, Attribute[] others) {
            this.reply = reply;
            this.asked = asked;
            this.others = others;
            int h = java.util.Objects.hashCode(reply);
            for (Attribute a : asked) {
                h = 31 * h + System.identityHashCode(a);
            }
            for (Attribute a : others) {
                h = 37 * h + System.identityHashCode(a);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Question q && hash == q.hash && java.util.Objects.equals(reply, q.reply)
                    && same(asked, q.asked) && same(others, q.others);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        private static boolean same(Attribute[] a, Attribute[] b) {
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    static Reading readNow(String reply, Collection<Attribute> asked, Collection<Attribute> others) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> none = new LinkedHashSet<>();
        List<Attribute> all = new ArrayList<>(asked);
        for (Attribute o : others) {
            if (all.stream().noneMatch(a -> a.id().equals(o.id()))) {
                all.add(o);
            }
        }
        Set<String> askedIds = new HashSet<>();
        asked.forEach(a -> askedIds.add(a.id()));
        for (String sentence : SENTENCES.split(reply == null ? "" : reply)) {
            String s = sentence.toLowerCase(Locale.ROOT);
            if (s.isBlank() || DEFLECTION.matcher(s).find()) {
                continue;
            }
            List<Attribute> named = named(s, all);
            if (NO_PREFERENCE.matcher(s).find()) {
                List<Attribute> about = !named.isEmpty() ? named : asked.size() == 1 ? List.copyOf(asked) : List.of();
                about.forEach(a -> none.add(a.id()));
                continue;
            }
            Set<String> words = words(s);
            for (Attribute a : all) {
                double floor = named.contains(a) || askedIds.contains(a.id()) ? MIN_SCORE : MIN_SCORE_UNASKED;
                String best = null;
                double bestScore = 0;
                for (String v : a.values()) {
                    double score = score(words, a.describe(v));
                    if (score >= floor && score > bestScore) {
                        bestScore = score;
                        best = v;
                    }
                }
                if (best != null) {
                    values.put(a.id(), best);
                }
            }
        }
        none.removeAll(values.keySet());
        return new Reading(values, none);
    }

    /** The value a reply states for one attribute, or null when it states none (or no preference). */
    public static String value(Attribute a, String reply) {
        return read(reply, List.of(a), List.of()).values().get(a.id());
    }

    /** Attributes whose name the sentence uses, leaving out a name inside a longer one it uses ("length" in "sentence length"). */
    private static List<Attribute> named(String sentence, List<Attribute> all) {
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : all) {
            String name = a.name().toLowerCase(Locale.ROOT);
            if (containsWords(sentence, name) && all.stream().noneMatch(b -> b != a
                    && containsWords(sentence, b.name().toLowerCase(Locale.ROOT)) && containsWords(b.name().toLowerCase(Locale.ROOT), name))) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether text contains phrase at word boundaries. */
    private static boolean containsWords(String text, String phrase) {
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            int end = i + phrase.length();
            if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of value descriptions already read (a catalog holds a few hundred): tokenizing each
     * description again for every sentence was a sixth of a long offline suite's CPU. Kept as arrays
     * (distinct words), which are much cheaper to walk than sets. Bounded; once full, further
     * descriptions are tokenized each time.
     */
    private static final Map<String, String[]> DESCRIPTION_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_SIZE = 4096;

    /** Containment of the description's words in the sentence plus half their Jaccard overlap. */
    private static double score(Set<String> sentence, String description) {
        String[] d = DESCRIPTION_WORDS.get(description);
        if (d == null) {
            d = words(description.toLowerCase(Locale.ROOT)).toArray(new String[0]);
            if (DESCRIPTION_WORDS.size() < MEMO_SIZE) {
                DESCRIPTION_WORDS.put(description, d);
            }
        }
        if (d.length == 0) {
            return 0;
        }
        int inter = 0;
        for (String w : d) {
            if (sentence.contains(w)) {
                inter++;
            }
        }
        int union = d.length + sentence.size() - inter;
        return inter / (double) d.length + 0.5 * inter / union;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String t : EditDistance.tokens(s)) {
            if (Character.isLetterOrDigit(t.charAt(0))) {
                out.add(t);
            }
        }
        return out;
    }
}
