package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * LogiQA 2.0 JSON lines ({@code {id, answer: 0-3, text: context, question, options[4], type: {..: true}}})
 * and the LogiQA 1.0 text layout: blocks of a gold letter line (a-d), a context line, a question
 * line and four option lines {@code A.} .. {@code D.}, separated by blank lines.
 */
final class LogiQaFormat implements Format {
    /** "A.text", "A text", "A?text" (the 1.0 file is not uniform) and "A)" all label option A. */
    private static final java.util.regex.Pattern OPTION = java.util.regex.Pattern.compile("([A-Da-d])(?:\\s*[.)．?？:]\\s*|\\s+)(\\S.*)");
    @Override
    public Meta read(Input in, AnswerType type) {
        if (looksLikeText(in.text())) {
            readText(in);
            return new Meta("LogiQA (" + in.path().getFileName() + ")", "logic");
        }
        for (Row r : in.rows()) {
            in.out().add(r.line(), () -> json(r));
        }
        return new Meta("LogiQA 2.0 (" + in.path().getFileName() + ")", "logic");
    }

    /** The 1.0 layout: the first non-blank line is a lone answer letter. */
    static boolean looksLikeText(String text) {
        for (String l : Records.lines(text)) {
            if (!l.isBlank()) {
                return l.strip().matches("[a-dA-D]");
            }
        }
        return false;
    }

    static Item json(Row r) {
        JsonNode n = r.node();
        List<String> options = Fields.strings(n, "options", 2);
        String gold = Golds.choice(n.get("answer"), "answer", options, false);
        String context = Fields.optText(n, "text");
        String question = Fields.text(n, "question");
        List<String> tags = new ArrayList<>();
        JsonNode types = n.get("type");
        if (types != null && types.isObject()) {
            Iterator<String> it = types.fieldNames();
            while (it.hasNext()) {
                String t = it.next();
                if (types.get(t).asBoolean()) {
                    tags.add(t);
                }
            }
        }
        return new Item(ItemIds.of("logiqa2", Fields.optText(n, "id"), r.ordinal()),
                context == null ? question : context + "\n\n" + question, options, gold, List.of(), null,
                "benchmark:logiqa2", tags);
    }

    private static void readText(Input in) {
        List<String> lines = Records.lines(in.text());
        int i = 0;
        int ordinal = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            List<String> block = lines.subList(start, end);
            int ord = ++ordinal;
            in.out().add(start + 1, () -> block(block, ord));
            i = end;
        }
    }

    static Item block(List<String> block, int ordinal) {
        if (block.size() != 7) {
            throw new BadRecord("expected 7 lines (answer letter, context, question, options A-D), found " + block.size());
        }
        String letter = block.get(0).strip();
        if (!letter.matches("[a-dA-D]")) {
            throw new BadRecord("first line must be the answer letter a-d, was \"" + Golds.shorten(letter) + "\"");
        }
        // options are labelled A-D but a few blocks list them out of order (A, C, B, D): go by label
        String[] byLabel = new String[4];
        for (int k = 0; k < 4; k++) {
            String line = block.get(3 + k).strip();
            java.util.regex.Matcher m = OPTION.matcher(line);
            if (!m.matches()) {
                throw new BadRecord("line " + (4 + k) + " of the block must be an option \"A.\" to \"D.\", was \""
                        + Golds.shorten(line) + "\"");
            }
            int at = Character.toUpperCase(m.group(1).charAt(0)) - 'A';
            if (byLabel[at] != null) {
                throw new BadRecord("option " + Item.letter(at) + " appears twice");
            }
            byLabel[at] = m.group(2).strip();
        }
        List<String> options = List.of(byLabel);
        String gold = Item.letter(Character.toLowerCase(letter.charAt(0)) - 'a');
        return new Item(ItemIds.derived("logiqa", ordinal), block.get(1).strip() + "\n\n" + block.get(2).strip(),
                options, gold, List.of(), null, "benchmark:logiqa", List.of());
    }
}
