package org.attune.runners.agents.pep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PreferenceSampler;

/**
 * How a PEP agent picks its next question among the attributes not asked yet ({@code builtin:pep@STRATEGY}).
 * Ties go to the earlier attribute in the priors' order.
 */
public enum QuestionStrategy {
    /** Expected information gain: the largest expected drop in total binary entropy ({@code builtin:pep}). */
    INFORMATION_GAIN("information-gain"),
    /** The attribute whose probability of being active is closest to one half. */
    UNCERTAINTY("uncertainty"),
    /** The largest probability of being active times the attribute's mean importance. */
    EXPECTED_VALUE("expected-value"),
    /** Uniformly at random, seeded per episode. */
    RANDOM("random"),
    /** A fixed population order: the largest prior probability first, never updated. */
    FIXED("fixed");

    private final String id;

    QuestionStrategy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The strategy of a spec: {@code builtin:pep} -> information gain, {@code builtin:pep@NAME} -> NAME. */
    public static QuestionStrategy ofSpec(String spec) {
        int at = spec.indexOf('@');
        if (at < 0) {
            return INFORMATION_GAIN;
        }
        String name = spec.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        for (QuestionStrategy s : values()) {
            if (s.id.equals(name)) {
                return s;
            }
        }
        List<String> known = new ArrayList<>();
        for (QuestionStrategy s : values()) {
            known.add(s.id);
        }
        throw new InvalidInputException("--agent: \"" + spec + "\": unknown PEP strategy \"" + name + "\" (known: "
                + String.join(", ", known) + ")");
    }

    /**
     * The indices of the next attributes to ask about, best first, at most {@code width}; empty when every
     * candidate is asked or known.
     */
    List<Integer> choose(Beliefs beliefs, PreferenceSampler.SplitMix64 rng, int width) {
        PopulationPriors priors = beliefs.priors();
        List<Integer> open = new ArrayList<>();
        for (int a = 0; a < priors.size(); a++) {
            if (!beliefs.asked(a) && !beliefs.known(a)) {
                open.add(a);
            }
        }
        List<Integer> out = new ArrayList<>();
        if (this == RANDOM) {
            while (out.size() < width && !open.isEmpty()) {
                out.add(open.remove(rng.nextInt(open.size())));
            }
            return out;
        }
        double[] score = new double[priors.size()];
        for (int a : open) {
            score[a] = switch (this) {
                case INFORMATION_GAIN -> beliefs.expectedGain(a);
                case UNCERTAINTY -> -Math.abs(beliefs.p(a) - 0.5);
                case EXPECTED_VALUE -> beliefs.p(a) * priors.importance(a);
                case FIXED -> priors.prior(a);
                case RANDOM -> 0;
            };
        }
        // best first; equal scores keep the priors' order (an exact, transitive order, as sorting requires)
        open.sort(java.util.Comparator.<Integer>comparingDouble(a -> -score[a]).thenComparingInt(a -> a));
        return new ArrayList<>(open.subList(0, Math.min(width, open.size())));
    }
}
