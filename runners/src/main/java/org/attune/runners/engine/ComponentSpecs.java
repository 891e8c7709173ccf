package org.attune.runners.engine;

import java.nio.file.Path;
import org.attune.personas.InvalidInputException;

/** Parsing and labelling of component spec strings (SPEC §5). */
public final class ComponentSpecs {
    private ComponentSpecs() {
    }

    /** A spec with the label it is reported under. */
    public record Labelled(String label, String spec) {
    }

    /** Parses {@code NAME=SPEC} or {@code SPEC} as given to {@code --agent}. */
    public static Labelled agent(String arg) {
        String s = arg.strip();
        String label = null;
        int eq = s.indexOf('=');
        int colon = s.indexOf(':');
        if (eq > 0 && (colon < 0 || eq < colon)) {
            label = s.substring(0, eq).strip();
            s = s.substring(eq + 1).strip();
        }
        return labelled(label, s);
    }

    /** An agent spec with its label: {@code label} when given, else the default {@link #label(String)}. */
    public static Labelled labelled(String label, String spec) {
        String s = spec.strip();
        check("--agent", s);
        if (label == null) {
            label = label(s);
        }
        if (label.isEmpty() || label.contains("|") || label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("--agent: label \"" + label + "\" must be non-empty and contain no '|'");
        }
        return new Labelled(label, s);
    }

    /**
     * The default label: the spec without any base URL or file path
     * ({@code openai-compatible:m@http://host/v1} -> {@code openai-compatible:m},
     * {@code builtin:scripted@x/y.yaml} -> {@code builtin:scripted:y}); {@code builtin:pep@STRATEGY} keeps its strategy.
     */
    public static String label(String spec) {
        if (org.attune.runners.agents.external.ExternalAgents.handles(spec)) {
            return org.attune.runners.agents.external.ExternalAgents.label(spec);
        }
        int at = spec.indexOf('@');
        if (at < 0) {
            return spec;
        }
        String head = spec.substring(0, at);
        if (head.equals("builtin:pep")) {
            return spec; // the strategy names the agent (builtin:pep@random), so strategies can share a run
        }
        if (head.equals("builtin:scripted")) {
            String file = Path.of(spec.substring(at + 1)).getFileName().toString();
            int dot = file.lastIndexOf('.');
            return head + ":" + (dot > 0 ? file.substring(0, dot) : file);
        }
        return head;
    }

    /** Checks a spec has the form provider:name[@target]. */
    public static void check(String option, String spec) {
        if (org.attune.runners.agents.external.ExternalAgents.handles(spec)) {
            org.attune.runners.agents.external.ExternalAgents.check(option, spec); // a command may hold blanks
            return;
        }
        if (!spec.matches("[a-z][a-z0-9-]*:[^\\s]+")) {
            throw new InvalidInputException(option + ": \"" + spec
                    + "\" is not a component spec (expected e.g. builtin:reference, openai:MODEL, "
                    + "openai-compatible:MODEL@BASE_URL)");
        }
    }
}
