package org.attune.runners.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.personas.InvalidInputException;
import org.attune.runners.engine.RecordProblems;
import org.attune.tasks.formats.LoadOptions;
import org.attune.tasks.formats.LoadResult;
import org.attune.tasks.formats.PrefDiscoExport;
import org.attune.tasks.formats.TaskFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attune import prefdisco FILE [--out DIR]}: converts PrefDisco benchmark records into
 * Attune's own files (a task set, an attribute catalog fragment of judge attributes, and the
 * per-item personas and rubrics). A file with records that cannot be read is refused (the records
 * listed, nothing written), as {@code run --tasks} refuses it, unless {@code --skip-invalid}: then the
 * readable records are written and the others listed and counted.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert benchmark records into Attune files. Kinds: prefdisco.")
public final class ImportCommand implements Callable<Integer> {
    enum Kind { prefdisco }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "What to import: prefdisco")
    Kind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "PrefDisco JSON lines (a metadata line, then personalized_problem records)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder for the written files (default: the current folder); existing files are never overwritten.")
    Path out;

    @Option(names = "--answer-type", paramLabel = "TYPE",
            description = "Answer type of the problems (default: from the metadata, else inferred): number, choice, text or expression.")
    String answerType;

    @Option(names = "--skip-invalid",
            description = "Write the readable records of a file with invalid ones (the others are listed and counted); without it such a file is refused.")
    boolean skipInvalid;

    @Override
    public Integer call() {
        LoadResult r = TaskFormats.load(file, LoadOptions.parse(kind.name(), null, answerType, null, null));
        if (!r.problems().isEmpty() && !skipInvalid) {
            List<String> lines = new ArrayList<>(RecordProblems.lines(file, r));
            lines.add(file + ": nothing written; fix the records (attune validate " + file + " lists them), or import"
                    + " the readable ones with --skip-invalid");
            throw new InvalidInputException(lines);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String p : r.problems()) {
            err.println("attune: skipped: " + p);
        }
        PrefDiscoExport.Written w = PrefDiscoExport.write(r, out);
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + w.tasks() + " (" + w.items() + " items, answer type " + r.set().answerType().id() + ")");
        o.println("wrote " + w.attributes() + " (" + w.attributeCount() + " judge attributes)");
        o.println("wrote " + w.personalization() + " (persona and weighted rubric per item)");
        if (!r.problems().isEmpty()) {
            o.println(r.problems().size() + " invalid records skipped (--skip-invalid; listed above)");
        }
        o.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
