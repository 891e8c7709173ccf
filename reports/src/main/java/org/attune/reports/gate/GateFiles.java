package org.attune.reports.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.List;
import org.attune.evaluator.RunDirectory;

/** Writes the gate's outputs into a folder: {@code gate.md}, {@code gate.json}, {@code gate-junit.xml}. */
public final class GateFiles {
    public static final String MARKDOWN = "gate.md";
    public static final String JSON = "gate.json";
    public static final String JUNIT = "gate-junit.xml";

    private GateFiles() {
    }

    /** Writes all three files atomically and returns their paths. */
    public static List<Path> write(GateOutcome outcome, Path outDir) {
        Path md = outDir.resolve(MARKDOWN);
        Path json = outDir.resolve(JSON);
        Path junit = outDir.resolve(JUNIT);
        RunDirectory.writeAtomic(md, markdown(outcome, outDir));
        RunDirectory.writeAtomic(json, json(outcome));
        RunDirectory.writeAtomic(junit, GateJunit.render(outcome));
        return List.of(md, json, junit);
    }

    /** The pull-request comment, with report links relative to {@code outDir}. */
    public static String markdown(GateOutcome outcome, Path outDir) {
        return GateMarkdown.render(outcome, outDir);
    }

    public static String json(GateOutcome outcome) {
        try {
            return RunDirectory.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(outcome) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the gate result", e);
        }
    }

    public static String junit(GateOutcome outcome) {
        return GateJunit.render(outcome);
    }
}
