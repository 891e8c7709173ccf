package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;

/**
 * SocialIQA: AllenAI's JSON lines ({@code {context, question, answerA, answerB, answerC}}) with the
 * gold in a separate labels file (one 1-based label per line, aligned with the records; given by
 * {@code --labels} or found beside the data as {@code NAME-labels.lst}), or the converted layout
 * {@code {context, question, options[], answer: option text}}.
 */
final class SocialIqaFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType type) {
        List<Row> rows = in.rows();
        boolean needsLabels = !rows.isEmpty() && Fields.has(rows.get(0).node(), "answerA");
        List<String> labels = null;
        Path labelFile = null;
        if (needsLabels) {
            labelFile = in.options().labels() != null ? in.options().labels() : findLabels(in.path());
            if (labelFile == null) {
                throw new InvalidInputException(in.name() + ": SocialIQA records carry no gold label; give the labels"
                        + " file with --labels FILE (one label 1-3 per line, aligned with the records)");
            }
            labels = new ArrayList<>();
            for (String l : Records.lines(Files2.readText(labelFile))) {
                labels.add(l.strip());
            }
            while (!labels.isEmpty() && labels.get(labels.size() - 1).isEmpty()) {
                labels.remove(labels.size() - 1);
            }
        }
        List<String> finalLabels = labels;
        Path lf = labelFile;
        for (Row r : rows) {
            in.out().add(r.line(), () -> finalLabels == null ? converted(r) : original(r, finalLabels, lf));
        }
        if (labels != null && labels.size() != in.out().records()) {
            in.out().fileProblem("the labels file " + labelFile + " has " + labels.size() + " labels for "
                    + in.out().records() + " records");
        }
        return new Meta("SocialIQA (" + in.path().getFileName() + ")", "social");
    }

    /** {@code x_dev_first200.jsonl} pairs with {@code x_dev-labels_first200.lst} or {@code x_dev-labels.lst}. */
    static Path findLabels(Path data) {
        Path dir = data.toAbsolutePath().getParent();
        String stem = data.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".lst"))
                    .filter(p -> p.getFileName().toString().replaceFirst("\\.lst$", "").replaceFirst("[-_]labels", "")
                            .equals(stem))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static Item original(Row r, List<String> labels, Path labelFile) {
        JsonNode n = r.node();
        List<String> options = List.of(Fields.text(n, "answerA"), Fields.text(n, "answerB"), Fields.text(n, "answerC"));
        if (r.ordinal() > labels.size()) {
            throw new BadRecord("no label for this record: " + labelFile.getFileName() + " has only " + labels.size() + " lines");
        }
        String label = labels.get(r.ordinal() - 1);
        if (!label.matches("[1-3]")) {
            throw new BadRecord("label on line " + r.ordinal() + " of " + labelFile.getFileName()
                    + " must be 1, 2 or 3, was \"" + Golds.shorten(label) + "\"");
        }
        return item(r, n, options, Item.letter(Integer.parseInt(label) - 1));
    }

    static Item converted(Row r) {
        JsonNode n = r.node();
        List<String> options = Fields.strings(n, "options", 2);
        return item(r, n, options, Golds.choice(n.get("answer"), "answer", options, false, true));
    }

    private static Item item(Row r, JsonNode n, List<String> options, String gold) {
        String context = Fields.optText(n, "context");
        String question = Fields.text(n, "question");
        return new Item(ItemIds.derived("socialiqa", r.ordinal()), context == null ? question : context + "\n\n" + question,
                options, gold, List.of(), null, "benchmark:socialiqa", List.of());
    }
}
