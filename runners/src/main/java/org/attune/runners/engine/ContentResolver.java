package org.attune.runners.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PersonaLibrary;
import org.attune.tasks.TaskSets;
import org.attune.tasks.formats.LoadOptions;
import org.attune.tasks.formats.LoadResult;
import org.attune.tasks.formats.PrefDiscoImport;
import org.attune.tasks.formats.PrefDiscoItem;
import org.attune.tasks.formats.TaskFormats;

/** Turns {@code --tasks} and {@code --personas} arguments into content (PrefDisco files bring their own personas). */
final class ContentResolver {
    private ContentResolver() {
    }

    /** How many skipped records of one file are listed before "... and N more". */
    static final int SHOWN_PROBLEMS = 5;

    /**
     * The task sets of a run, the persona and rubric of each item that came from a PrefDisco file, and
     * how many invalid records {@code --skip-invalid} left out.
     */
    record Content(List<TaskSet> tasks, PersonalizedContent personalized, int skippedInvalid) {
    }

    /**
     * Built-in ids, Attune task set files, or public benchmark files read with {@code options}; a
     * benchmark file with records that do not load is refused with validate's lines, unless
     * {@code options.skipInvalid()}: then those records are passed to {@code notes} and the rest are run.
     */
    /** The task sets only, for modes that play no PrefDisco items. */
    static List<TaskSet> tasks(List<String> args, int limit, LoadOptions options, Consumer<String> notes) {
        Content c = content(args, limit, options, notes);
        if (!c.personalized().isEmpty()) {
            throw new InvalidInputException("--tasks: PrefDisco records carry their own persona and rubric;"
                    + " the longitudinal mode needs task sets without them");
        }
        return c.tasks();
    }

    static Content content(List<String> args, int limit, LoadOptions options, Consumer<String> notes) {
        Map<String, TaskSet> out = new LinkedHashMap<>();
        List<PersonalizedContent.Source> sources = new ArrayList<>();
        int[] skipped = new int[1];
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) { // a folder written by attune import
                for (Path f : PrefDiscoImport.taskFiles(p)) {
                    LoadResult r = PrefDiscoImport.load(f);
                    add(out, sources, r.set(), r.personalized(), limit);
                }
                continue;
            }
            TaskSet t = Files.isRegularFile(p) ? null : TaskSets.builtin().get(a);
            List<PrefDiscoItem> personalized = List.of();
            if (t == null) {
                if (!Files.exists(p)) {
                    throw new InvalidInputException("--tasks: \"" + a + "\" is neither a built-in task set ("
                            + String.join(", ", TaskSets.builtin().keySet()) + "), an existing file nor a folder");
                }
                LoadResult r = TaskFormats.claims(p, options) ? benchmark(p, options, notes) : PrefDiscoImport.load(p);
                skipped[0] += r.problems().size();
                t = r.set();
                personalized = r.personalized();
            }
            add(out, sources, t, personalized, limit);
        }
        return new Content(List.copyOf(out.values()),
                sources.isEmpty() ? PersonalizedContent.none() : PersonalizedContent.of(sources), skipped[0]);
    }

    private static void add(Map<String, TaskSet> out, List<PersonalizedContent.Source> sources, TaskSet t,
                            List<PrefDiscoItem> personalized, int limit) {
        TaskSet limited = t.limit(limit);
        if (out.put(t.id(), limited) != null) {
            throw new InvalidInputException("--tasks: task set \"" + t.id() + "\" is given twice");
        }
        if (!personalized.isEmpty()) {
            sources.add(new PersonalizedContent.Source(limited, personalized));
        }
    }

    private static LoadResult benchmark(Path p, LoadOptions options, Consumer<String> notes) {
        LoadResult r = TaskFormats.load(p, options);
        if (!r.problems().isEmpty() && !options.skipInvalid()) {
            List<String> lines = new ArrayList<>(RecordProblems.lines(p, r));
            lines.add(p + ": fix the records (attune validate " + p + " lists them), or play the valid ones with"
                    + " --skip-invalid");
            throw new InvalidInputException(lines);
        }
        if (!r.problems().isEmpty()) {
            notes.accept(p + ": read as " + r.format() + ": " + r.set().items().size() + " items; "
                    + r.problems().size() + " invalid records skipped (--skip-invalid):");
            r.problems().stream().limit(SHOWN_PROBLEMS).forEach(x -> notes.accept("  " + x));
            if (r.problems().size() > SHOWN_PROBLEMS) {
                notes.accept("  ... and " + (r.problems().size() - SHOWN_PROBLEMS) + " more");
            }
        }
        return r;
    }

    /** The file a {@code --personas} argument names: not a count, not a built-in id, an existing path; else null. */
    static Path personaFile(String arg, PersonaLibrary library) {
        return arg.matches("\\d+") || library.find(arg).isPresent() || !Files.exists(Path.of(arg)) ? null : Path.of(arg);
    }

    static List<Persona> personas(List<String> args, int suiteDefault, PersonaLibrary library, AttributeCatalog catalog) {
        List<Persona> all = library.all();
        if (args.isEmpty()) {
            return suiteDefault <= 0 ? all : all.subList(0, Math.min(suiteDefault, all.size()));
        }
        Map<String, Persona> out = new LinkedHashMap<>();
        for (String a : args) {
            List<Persona> chosen = new ArrayList<>();
            if (a.matches("\\d+")) {
                int n = Integer.parseInt(a);
                if (n < 1) {
                    throw new InvalidInputException("--personas: a count must be at least 1, was " + a);
                }
                if (n > all.size()) {
                    throw new InvalidInputException("--personas: " + n + " personas asked for, but the library has "
                            + all.size() + "; give at most " + all.size() + " (or persona ids and files)");
                }
                chosen.addAll(all);
                chosen.subList(n, chosen.size()).clear();
            } else if (library.find(a).isPresent()) {
                chosen.add(library.find(a).get());
            } else if (personaFile(a, library) != null) {
                chosen.add(PersonaLibrary.load(personaFile(a, library), catalog));
            } else {
                throw new InvalidInputException("--personas: \"" + a
                        + "\" is neither a number, a built-in persona id nor an existing file");
            }
            for (Persona p : chosen) {
                out.putIfAbsent(p.id(), p);
            }
        }
        return List.copyOf(out.values());
    }
}
