package org.attune.evaluator.rules;

import java.util.regex.Matcher;

/** greeting: "greet" opens with a short hello on its own line; "skip" goes straight to the content. */
final class GreetingRule extends RuleBase {
    static final String HELLO = "Hi there,";

    GreetingRule() {
        super("greeting", "greet", "skip");
    }

    @Override
    String contrary(String value) {
        return value.equals("greet") ? "skip" : "greet";
    }

    static boolean greets(String text) {
        Doc doc = Doc.parse(text);
        if (doc.blocks.isEmpty() || doc.blocks.get(0).kind != Doc.Kind.PARAGRAPH) {
            return false;
        }
        return Outline.GREETING.matcher(doc.blocks.get(0).body.strip()).lookingAt();
    }

    @Override
    double score(String text, String value) {
        boolean g = greets(text);
        return value.equals("greet") == g ? 1 : 0;
    }

    @Override
    String rewrite(String text, String value) {
        Doc doc = Doc.parse(text);
        if (value.equals("greet")) {
            doc.insert(0, Doc.Block.paragraph("", HELLO), "\n\n");
            return doc.render();
        }
        Doc.Block first = doc.blocks.get(0);
        Para p = Para.of(first.body);
        String s = p.sents.get(0);
        if (Outline.isGreeting(s)) {
            p.remove(0);
        } else {
            Matcher m = Outline.GREETING.matcher(s);
            if (m.lookingAt()) {
                p.sents.set(0, Words.capitalize(s.substring(m.end())));
            }
        }
        if (p.isEmpty()) {
            doc.remove(0);
        } else {
            p.lead = "";
            first.body = p.render();
        }
        return doc.render();
    }
}
