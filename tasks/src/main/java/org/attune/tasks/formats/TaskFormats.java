package org.attune.tasks.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.attune.api.AnswerType;
import org.attune.api.TaskFormat;
import org.attune.api.TaskSet;
import org.attune.api.spi.ComponentProvider;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;

/**
 * Loads public benchmark files (GSM8K, MATH, MMLU, ARC, CommonsenseQA, MedQA, AIME, SocialIQA,
 * LogiQA, TruthfulQA, ScienceQA, SimpleQA, PrefDisco, or any JSON lines/CSV file through a field
 * mapping) into a {@link TaskSet}. The format is detected from the file name and fields unless
 * named. Every record either becomes an item or is reported as {@code file:line: why}; a file
 * none of whose records loads is an input error.
 */
public final class TaskFormats {
    private static volatile Map<String, TaskFormat> formats = byName(discovered());

    private TaskFormats() {
    }

    /** The formats of the providers on this module's class path (Attune's own, {@link BuiltinTaskFormats}). */
    private static List<TaskFormat> discovered() {
        List<TaskFormat> out = new ArrayList<>();
        for (ComponentProvider p : ServiceLoader.load(ComponentProvider.class, TaskFormats.class.getClassLoader())) {
            out.addAll(p.taskFormats());
        }
        return out;
    }

    private static Map<String, TaskFormat> byName(List<TaskFormat> all) {
        Map<String, TaskFormat> out = new LinkedHashMap<>();
        all.forEach(f -> out.putIfAbsent(f.name(), f));
        return out;
    }

    /** Reads with {@code all}: the formats of every discovered provider, plug-ins' included (the first of a name wins). */
    public static void install(List<TaskFormat> all) {
        formats = byName(all);
    }

    /** The format names {@code --format} accepts. */
    public static Set<String> names() {
        return formats.keySet();
    }

    /**
     * Whether a file should go through these loaders rather than Attune's own task set format:
     * anything that is not a YAML file or a JSON file declaring an Attune schema.
     */
    public static boolean claims(Path file, LoadOptions options) {
        if (options != null && options.format() != null) {
            return true;
        }
        String f = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (f.endsWith(".yaml") || f.endsWith(".yml")) {
            return false;
        }
        if (f.endsWith(".json")) {
            String head = Files2.readText(file);
            return !head.substring(0, Math.min(head.length(), 400)).contains("\"attune.");
        }
        return true;
    }

    /** The name of the format the file looks like, without loading it fully. */
    public static String detect(Path file) {
        String text = Files2.readText(file);
        Input in = new Input(file, text, LoadOptions.defaults(), new Collector(file.toString()));
        return Detector.detect(in);
    }

    public static LoadResult load(Path file, LoadOptions options) {
        LoadOptions opts = options == null ? LoadOptions.defaults() : options;
        String name = file.toString();
        String text = Files2.readText(file);
        if (text.isBlank()) {
            throw new InvalidInputException(name + ": file is empty (no records)");
        }
        Collector out = new Collector(name);
        Input in = new Input(file, text, opts, out);
        // a field mapping only means something to the generic reader
        String format = opts.format() != null ? opts.format() : !opts.mapping().isEmpty() ? "generic" : Detector.detect(in);
        TaskFormat spec = formats.get(format);
        if (spec == null) {
            throw new InvalidInputException("--format: unknown format \"" + format + "\" (known: "
                    + String.join(", ", names()) + ")");
        }
        AnswerType type = opts.answerType();
        if (type != null && !spec.answerTypes().isEmpty() && !spec.answerTypes().contains(type)) {
            throw new InvalidInputException("--answer-type: the " + format + " format gives "
                    + String.join(" or ", spec.answerTypes().stream().map(AnswerType::id).toList()) + " answers, not " + type.id());
        }
        if (type == null && !spec.answerTypes().isEmpty()) {
            type = spec.answerTypes().get(0);
        }
        TaskFormat.Meta meta = spec.read(in, type);
        if (out.items().isEmpty()) {
            List<String> problems = new ArrayList<>(out.problems().subList(0, Math.min(out.problems().size(), 20)));
            if (out.problems().size() > 20) {
                problems.add(name + ": ... and " + (out.problems().size() - 20) + " more problems");
            }
            problems.add(name + ": no record could be loaded as " + format + " (" + out.records() + " records"
                    + (opts.format() == null ? "; name the format with --format if it was detected wrongly" : "") + ")");
            throw new InvalidInputException(problems);
        }
        AnswerType setType = meta.type() != null ? meta.type() : type;
        String domain = opts.domain() != null ? opts.domain() : meta.domain();
        TaskSet set = new TaskSet(ItemIds.setId(in.stem()), meta.name(), domain, setType, out.items());
        return new LoadResult(set, format, out.problems(), out.personalizedItems());
    }
}
