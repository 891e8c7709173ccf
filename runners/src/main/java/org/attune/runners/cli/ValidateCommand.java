package org.attune.runners.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PersonaConsistency;
import org.attune.personas.PersonaLibrary;
import org.attune.personas.util.Files2;
import org.attune.tasks.TaskSets;
import org.attune.tasks.formats.LoadOptions;
import org.attune.tasks.formats.LoadResult;
import org.attune.tasks.formats.PrefDiscoExport;
import org.attune.tasks.formats.PrefDiscoImport;
import org.attune.tasks.formats.TaskFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attune validate FILE...}: checks content files (attribute catalogs, personas, task sets),
 * detected by their {@code schema} field. With no file, checks the whole built-in library.
 * Prints one line per problem, naming the file and field; exit 2 when any problem was found.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate persona, task set and attribute files, or public benchmark files (JSON lines, CSV)"
                + " read with their detected format (no FILE: the built-in library).")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.addAll(validateBuiltin(out));
        } else {
            Map<String, Persona> personas = new LinkedHashMap<>();
            for (Path f : expand(files)) {
                try {
                    String kind = validate(f, personas);
                    out.println("ok " + f + " (" + kind + ")");
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            problems.addAll(PersonaConsistency.checkAll(personas));
        }
        out.flush();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ExitCodes.OK;
    }

    static String validate(Path f, Map<String, Persona> personas) {
        String name = f.toString();
        if (TaskFormats.claims(f, LoadOptions.defaults())) {
            // a public benchmark file (JSON lines, CSV, ...): every record must load
            LoadResult r = TaskFormats.load(f, LoadOptions.defaults());
            if (!r.problems().isEmpty()) {
                throw new InvalidInputException(org.attune.runners.engine.RecordProblems.lines(f, r));
            }
            return r.format() + " tasks: " + r.set().items().size() + " items";
        }
        JsonNode root = Files2.parse(name, Files2.readText(f));
        String schema = root.path("schema").asText("");
        switch (schema) {
            case AttributeCatalog.SCHEMA -> {
                return "attributes: " + AttributeCatalog.parse(name, root).size();
            }
            case PersonaLibrary.SCHEMA -> {
                personas.put(name, PersonaLibrary.parse(name, root, AttributeCatalog.builtin()));
                return "persona";
            }
            case TaskSets.SCHEMA -> {
                return "task set: " + TaskSets.parse(name, root).items().size() + " items";
            }
            case PrefDiscoExport.SCHEMA -> {
                Path tasks = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.prefdisco\\.yaml$", ".tasks.yaml"));
                TaskSet set = Files.isRegularFile(tasks) && !tasks.equals(f) ? TaskSets.load(tasks) : null;
                return "PrefDisco persons and rubrics: " + PrefDiscoImport.read(f, set).size() + " items";
            }
            default -> throw new InvalidInputException(name + ": schema: expected one of " + AttributeCatalog.SCHEMA
                    + ", " + PersonaLibrary.SCHEMA + ", " + TaskSets.SCHEMA + ", " + PrefDiscoExport.SCHEMA
                    + "; was \"" + schema + "\"");
        }
    }

    /** The files given, a folder standing for its YAML files (as {@code attune import} writes them). */
    static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path f : given) {
            if (Files.isDirectory(f)) {
                try (var s = Files.list(f)) {
                    List<Path> yaml = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
                    if (yaml.isEmpty()) { // nothing checked is not a pass
                        throw new InvalidInputException(f + ": holds no .yaml or .yml file to validate; name the files"
                                + " themselves (attune validate FILE...)");
                    }
                    out.addAll(yaml);
                } catch (java.io.IOException e) {
                    throw new InvalidInputException(f + ": cannot list: " + e.getMessage());
                }
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static List<String> validateBuiltin(PrintWriter out) {
        List<String> problems = new ArrayList<>();
        try {
            out.println("ok attributes: " + AttributeCatalog.builtin().size());
            Map<String, Persona> byFile = new LinkedHashMap<>();
            for (Persona p : PersonaLibrary.builtin().all()) {
                byFile.put("builtin:" + PersonaLibrary.BUILTIN_DIR + p.id() + ".yaml", p);
            }
            List<String> consistency = PersonaConsistency.checkAll(byFile);
            problems.addAll(consistency);
            out.println((consistency.isEmpty() ? "ok" : "FAIL") + " personas: " + PersonaLibrary.builtin().size()
                    + " (consistency checked)");
            out.println("ok task sets: " + TaskSets.builtin().size());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }
}
