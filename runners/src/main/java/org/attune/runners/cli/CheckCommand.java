package org.attune.runners.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.runners.models.CallTrace;
import org.attune.runners.models.ModelCheck;
import org.attune.runners.models.ModelComponents;
import org.attune.runners.models.ModelOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code attune check}: one call per role on a canned item, showing what each model's reply gave. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Make one call per given role on a canned item and show the raw reply, what was parsed,"
                + " the normalizations applied, latency and tokens. Exit 0 only if every role's reply was read.")
public final class CheckCommand implements Callable<Integer> {
    /** Exit code when some role's reply could not be read or its call failed. */
    static final int FAILED = 1;

    @ParentCommand
    AttuneCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--agent", paramLabel = "SPEC", description = "The agent's model (one discovery turn).")
    String agent;

    @Option(names = "--user", paramLabel = "SPEC", description = "The simulated user's model (one reply).")
    String user;

    @Option(names = "--judge", paramLabel = "SPEC", description = "The judge's model (one criterion).")
    String judge;

    @Option(names = "--editor", paramLabel = "SPEC", description = "The editor's model (one revision).")
    String editor;

    @Mixin
    ModelCallOptions modelCalls = new ModelCallOptions();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        Map<String, String> specs = ModelCheck.specs(agent, user, judge, editor);
        if (specs.isEmpty()) {
            throw new InvalidInputException("check: give at least one of --agent, --user, --judge, --editor (a model spec)");
        }
        Map<String, String> env = parent != null ? parent.env : System.getenv();
        ModelOptions options = modelCalls.builder().cache(false).build();
        for (Map.Entry<String, String> s : specs.entrySet()) {
            if (!ModelComponents.isModelSpec(s.getValue())) {
                throw new InvalidInputException("--" + s.getKey() + ": \"" + s.getValue()
                        + "\" is not a model spec (e.g. openai:MODEL, openai-compatible:MODEL@BASE_URL)");
            }
            ModelComponents.check("--" + s.getKey(), s.getValue(), options, env);
        }
        List<String> failed = new ArrayList<>();
        for (ModelCheck.RoleResult r : ModelCheck.run(new ModelComponents(options, env, AttributeCatalog.builtin()), specs)) {
            print(o, r);
            if (!r.ok()) {
                failed.add(r.role());
            }
        }
        o.flush();
        if (!failed.isEmpty()) {
            e.println("attune: check failed for " + String.join(", ", failed) + " (see above)");
            e.flush();
            return FAILED;
        }
        o.println("every role's reply was read");
        o.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter o, ModelCheck.RoleResult r) {
        o.println("== " + r.role() + ": " + r.spec());
        for (CallTrace c : r.calls()) {
            o.println("raw reply:");
            o.println(indent(c.raw()));
            if (c.reasoning() != null) {
                o.println("reasoning (kept apart): " + oneLine(c.reasoning()));
            }
            o.println("normalizations: " + (c.applied().isEmpty() ? "none" : String.join(", ", c.applied())));
            o.printf(Locale.ROOT, "latency %d ms, tokens %d in / %d out%n", c.millis(), c.inputTokens(), c.outputTokens());
        }
        if (r.parsed() != null) {
            o.println("parsed: " + continued(r.parsed()));
        }
        r.formatErrors().forEach(f -> o.println("format error: " + continued(f)));
        o.println(r.ok() ? "result: OK" : "result: FAILED" + (r.error() == null ? "" : ": " + continued(r.error())));
        o.println();
    }

    private static String indent(String s) {
        return s == null ? "    (none)" : "    " + s.strip().replace("\n", "\n    ");
    }

    /** Text from outside on one labelled line: its further lines indented, so none passes for a line of check's own. */
    private static String continued(Object text) {
        return String.valueOf(text).strip().replace("\r\n", "\n").replace("\n", "\n    ");
    }

    private static String oneLine(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
