package org.attune.evaluator.rules;

import java.util.regex.Matcher;

/**
 * summary-line: "include" ends with a one-line recap that opens with "In short," (or another recap
 * phrase); "omit" does not. The recap repeats the final answer as written, or the clause that
 * carries the final number, so the answer a checker extracts stays the same.
 */
final class SummaryLineRule extends RuleBase {
    SummaryLineRule() {
        super("summary-line", "include", "omit");
    }

    @Override
    String contrary(String value) {
        return value.equals("include") ? "omit" : "include";
    }

    @Override
    double score(String text, String value) {
        Outline o = Outline.of(text);
        int recap = o.recap();
        if (value.equals("omit")) {
            return recap < 0 ? 1 : 0;
        }
        if (recap < 0) {
            return 0;
        }
        String body = o.doc.blocks.get(recap).body.strip();
        return !body.contains("\n") && Words.count(body) <= 40 ? 1 : 0.5;
    }

    @Override
    String rewrite(String text, String value) {
        Outline o = Outline.of(text);
        Doc doc = o.doc;
        int recap = o.recap();
        if (value.equals("omit")) {
            Doc.Block b = doc.blocks.get(recap);
            Matcher m = Outline.RECAP.matcher(b.body.strip());
            m.find();
            String rest = b.body.strip().substring(m.end()).strip();
            if (rest.isEmpty()) {
                doc.remove(recap);
            } else {
                b.body = Words.capitalize(rest);
            }
            return doc.render();
        }
        if (recap >= 0) {
            doc.remove(recap);
            text = doc.render();
            o = Outline.of(text);
            doc = o.doc;
        }
        String line = recapLine(text, o);
        doc.insert(doc.blocks.size(), Doc.Block.paragraph("", line), doc.paragraphSep());
        return doc.render();
    }

    static String recapLine(String text, Outline o) {
        Answers.Found f = Answers.find(text);
        String said = Leads.answerIs(text, f);
        if (said == null) {
            said = Leads.point(o, f, false);
        }
        if (said == null) {
            return "In short, that covers it.";
        }
        return Edits.terminate("In short, " + Words.decapitalize(said, text));
    }
}
