package org.attune.tasks.formats;

import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.TaskFormat;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentProvider;
import org.attune.api.spi.ComponentRole;

/**
 * Attune's benchmark readers (GSM8K, MATH, AIME, MMLU, ARC, CommonsenseQA, MedQA, SocialIQA, LogiQA,
 * TruthfulQA, ScienceQA, SimpleQA, PrefDisco, generic), registered as a provider like any plug-in's.
 */
public final class BuiltinTaskFormats implements ComponentProvider {
    private static final List<TaskFormat> FORMATS = formats();

    private static List<TaskFormat> formats() {
        List<AnswerType> number = List.of(AnswerType.NUMBER, AnswerType.EXPRESSION);
        List<AnswerType> choice = List.of(AnswerType.CHOICE);
        return List.of(
                new BuiltinFormat("gsm8k", number, new GsmFormat()),
                new BuiltinFormat("math", List.of(AnswerType.EXPRESSION, AnswerType.NUMBER), new MathFormat()),
                new BuiltinFormat("aime", number, new AimeFormat()),
                new BuiltinFormat("mmlu", choice, new MmluFormat()),
                new BuiltinFormat("arc", choice, new LabelledChoiceFormat("arc", "ARC", "science")),
                new BuiltinFormat("commonsenseqa", choice,
                        new LabelledChoiceFormat("commonsenseqa", "CommonsenseQA", "commonsense")),
                new BuiltinFormat("medqa", choice, new MedQaFormat()),
                new BuiltinFormat("socialiqa", choice, new SocialIqaFormat()),
                new BuiltinFormat("logiqa", choice, new LogiQaFormat()),
                new BuiltinFormat("truthfulqa", List.of(AnswerType.TEXT, AnswerType.CHOICE), new TruthfulQaFormat()),
                new BuiltinFormat("scienceqa", choice, new ScienceQaFormat()),
                new BuiltinFormat("simpleqa", List.of(AnswerType.TEXT), new SimpleQaFormat()),
                new BuiltinFormat("prefdisco", List.of(), new PrefDiscoFormat()),
                new BuiltinFormat("generic", List.of(), new GenericFormat()));
    }

    @Override
    public List<String> schemes() {
        return List.of();
    }

    @Override
    public <T> T create(ComponentRole<T> role, String spec, ComponentContext context) {
        return null;
    }

    @Override
    public List<TaskFormat> taskFormats() {
        return FORMATS;
    }

    /** A built-in reader as a {@link TaskFormat}: it reads through the loader's own {@link Input}. */
    record BuiltinFormat(String name, List<AnswerType> answerTypes, Format reader) implements TaskFormat {
        @Override
        public Meta read(org.attune.api.TaskRecords in, AnswerType type) {
            Input input = in.internal(Input.class).orElseThrow(() -> new IllegalStateException(
                    "the built-in " + name + " format reads only through Attune's loader"));
            Format.Meta m = reader.read(input, type);
            return new Meta(m.name(), m.domain(), m.type());
        }
    }
}
