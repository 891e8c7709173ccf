package org.attune.runners.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.api.Attribute;
import org.attune.api.Learner;
import org.attune.api.Persona;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentRole;
import org.attune.runners.plugins.ComponentProviders;

/**
 * The learners by label (SPEC §5 style: {@code --learner none,oracle,icl-edit-5,continual-5,cipher-1,cipher-5}):
 * {@code none}, {@code oracle}, {@code icl-edit-K}, {@code continual-K}, {@code cipher-K} with K in 1-50;
 * a plug-in's learners by their spec ({@code myco:learner}).
 */
public final class Learners {
    public static final List<String> DEFAULT = List.of("none", "oracle", "icl-edit-5", "continual-5", "cipher-1",
            "cipher-5");
    static final int MAX_K = 50;
    private static final Pattern WITH_K = Pattern.compile("(icl-edit|continual|cipher)-(\\d{1,3})");

    private Learners() {
    }

    /**
     * A fresh learner for one stream, from the provider serving its label: Attune's ({@link BuiltinLearners},
     * labels without a scheme) or a plug-in's ({@code myco:learner}).
     */
    public static Learner create(String label, LearnerKit kit) {
        ComponentProviders providers = ComponentProviders.installed();
        Learner made = providers.create(ComponentRole.LEARNER, spec(label), new KitContext(kit));
        if (made == null) {
            throw new IllegalArgumentException("unknown learner " + label);
        }
        return made;
    }

    /** The spec of a learner label: {@code builtin:} before a label without a scheme. */
    static String spec(String label) {
        return label.contains(":") ? label : "builtin:" + label;
    }

    /** The built-in learner a label without scheme names, or null. */
    static Learner builtin(String label, LearnerKit kit) {
        if (label.equals("none")) {
            return new NoLearner(kit);
        }
        if (label.equals("oracle")) {
            return new OracleLearner(kit);
        }
        Matcher m = WITH_K.matcher(label);
        if (!m.matches() || k(m) < 1 || k(m) > MAX_K) {
            return null;
        }
        return switch (m.group(1)) {
            case "icl-edit" -> new IclEditLearner(kit, k(m));
            case "continual" -> new ContinualLearner(kit, k(m));
            default -> new CipherLearner(kit, k(m));
        };
    }

    /** One problem line per unknown or repeated label, for an input error. */
    public static List<String> problems(List<String> labels) {
        List<String> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String l : labels) {
            Matcher m = WITH_K.matcher(l);
            boolean ok = l.equals("none") || l.equals("oracle") || m.matches() && k(m) >= 1 && k(m) <= MAX_K
                    || l.contains(":") && !l.startsWith("builtin:") && ComponentProviders.installed().serves(l);
            if (!ok) {
                out.add("--learner: unknown learner \"" + l + "\" (known: none, oracle, icl-edit-K, continual-K, "
                        + "cipher-K with K 1-" + MAX_K + ")" + org.attune.personas.util.DidYouMean.hint(
                        l.replaceAll("\\d+$", "5"), List.of("none", "oracle", "icl-edit-5", "continual-5", "cipher-5")));
            } else if (seen.contains(l)) {
                out.add("--learner: \"" + l + "\" is given twice");
            }
            seen.add(l);
        }
        if (labels.isEmpty()) {
            out.add("--learner: name at least one learner");
        }
        return out;
    }

    private static int k(Matcher m) {
        return Integer.parseInt(m.group(2));
    }

    /** What a learner's provider is offered: the kit, to Attune's own learners. */
    private record KitContext(LearnerKit kit) implements ComponentContext {
        @Override
        public List<Attribute> attributes() {
            return List.of();
        }

        @Override
        public List<Persona> population() {
            return List.of();
        }

        @Override
        public String userStyle() {
            return null;
        }

        @Override
        public <T> Optional<T> internal(Class<T> type) {
            return type.isInstance(kit) ? Optional.of(type.cast(kit)) : Optional.empty();
        }
    }
}
