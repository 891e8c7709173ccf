package org.attune.tasks.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;
import org.attune.tasks.AnswerType;
import org.attune.tasks.TaskSet;

/**
 * Loads public benchmark files (GSM8K, MATH, MMLU, ARC, CommonsenseQA, MedQA, AIME, SocialIQA,
 * LogiQA, TruthfulQA, ScienceQA, SimpleQA, PrefDisco, or any JSON lines/CSV file through a field
 * mapping) into a {@link TaskSet}. The format is detected from the file name and fields unless
 * named. Every record either becomes an item or is reported as {@code file:line: why}; a file
 * none of whose records loads is an input error.
 */
public final class TaskFormats {
    /** A format: its name, the answer types it can give (the first is the default) and its reader. */
    record Spec(String name, List<AnswerType> types, Format reader) {
    }

    private static final Map<String, Spec> FORMATS = new LinkedHashMap<>();

    static {
        List<AnswerType> number = List.of(AnswerType.NUMBER, AnswerType.EXPRESSION);
        List<AnswerType> choice = List.of(AnswerType.CHOICE);
        add("gsm8k", number, new GsmFormat());
        add("math", List.of(AnswerType.EXPRESSION, AnswerType.NUMBER), new MathFormat());
        add("aime", number, new AimeFormat());
        add("mmlu", choice, new MmluFormat());
        add("arc", choice, new LabelledChoiceFormat("arc", "ARC", "science"));
        add("commonsenseqa", choice, new LabelledChoiceFormat("commonsenseqa", "CommonsenseQA", "commonsense"));
        add("medqa", choice, new MedQaFormat());
        add("socialiqa", choice, new SocialIqaFormat());
        add("logiqa", choice, new LogiQaFormat());
        add("truthfulqa", List.of(AnswerType.TEXT, AnswerType.CHOICE), new TruthfulQaFormat());
        add("scienceqa", choice, new ScienceQaFormat());
        add("simpleqa", List.of(AnswerType.TEXT), new SimpleQaFormat());
        add("prefdisco", List.of(), new PrefDiscoFormat());
        add("generic", List.of(), new GenericFormat());
    }

    private TaskFormats() {
    }

    private static void add(String name, List<AnswerType> types, Format reader) {
        FORMATS.put(name, new Spec(name, types, reader));
    }

    /** The format names {@code --format} accepts. */
    public static Set<String> names() {
        return FORMATS.keySet();
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
        Spec spec = FORMATS.get(format);
        if (spec == null) {
            throw new InvalidInputException("--format: unknown format \"" + format + "\" (known: "
                    + String.join(", ", names()) + ")");
        }
        AnswerType type = opts.answerType();
        if (type != null && !spec.types().isEmpty() && !spec.types().contains(type)) {
            throw new InvalidInputException("--answer-type: the " + format + " format gives "
                    + String.join(" or ", spec.types().stream().map(AnswerType::id).toList()) + " answers, not " + type.id());
        }
        if (type == null && !spec.types().isEmpty()) {
            type = spec.types().get(0);
        }
        Format.Meta meta = spec.reader().read(in, type);
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
