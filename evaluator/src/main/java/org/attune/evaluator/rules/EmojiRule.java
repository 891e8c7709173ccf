package org.attune.evaluator.rules;

/** emoji: "some" wants at least one emoji; "none" wants none (code blocks aside). */
final class EmojiRule extends RuleBase {
    static final String MARK = "🙂";

    EmojiRule() {
        super("emoji", "some", "none");
    }

    @Override
    String contrary(String value) {
        return value.equals("some") ? "none" : "some";
    }

    static int count(String text) {
        int n = 0;
        for (Doc.Block b : Doc.parse(text).blocks) {
            if (b.kind != Doc.Kind.CODE) {
                n += Emoji.count(b.body);
            }
        }
        return n;
    }

    @Override
    double score(String text, String value) {
        int n = count(text);
        return value.equals("some") ? (n >= 1 ? 1 : 0) : decay(n, 4);
    }

    @Override
    String rewrite(String text, String value) {
        if (value.equals("none")) {
            Doc doc = Doc.parse(text);
            for (int i = doc.blocks.size() - 1; i >= 0; i--) {
                Doc.Block b = doc.blocks.get(i);
                if (b.kind != Doc.Kind.CODE && Emoji.count(b.body) > 0) {
                    b.body = Emoji.strip(b.body).stripTrailing();
                    if (b.body.isBlank()) {
                        doc.remove(i);
                    }
                }
            }
            return doc.render();
        }
        // one friendly mark at the end of the opening sentence
        Outline o = Outline.of(text);
        for (Outline.Sent s : o.sents) {
            if (s.role() == Outline.Role.GREETING || s.role() == Outline.Role.GLOSSARY || o.paras[s.block()] == null) {
                continue;
            }
            if (Edits.terminated(s.text()) || s.role() != Outline.Role.STATEMENT) {
                o.paras[s.block()].sents.set(s.index(), s.text() + " " + MARK);
                return o.render();
            }
        }
        Outline.Sent f = o.firstContent();
        Doc doc = o.doc;
        int at = f == null ? doc.blocks.size() : f.block() + 1;
        doc.insert(at, Doc.Block.paragraph("", MARK), doc.paragraphSep());
        return doc.render();
    }
}
