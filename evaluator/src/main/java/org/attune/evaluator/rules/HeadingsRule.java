package org.attune.evaluator.rules;

/**
 * headings: "use" puts a heading above the first content block (and titles a separate closing
 * answer); "none" has no headings. A {@code #### 42} answer tag is not a heading.
 */
final class HeadingsRule extends RuleBase {
    HeadingsRule() {
        super("headings", "use", "none");
    }

    @Override
    String contrary(String value) {
        return value.equals("use") ? "none" : "use";
    }

    /** Index of the first block that is content (not a heading, rule or greeting-only paragraph). */
    static int firstContentBlock(Outline o) {
        for (int b = 0; b < o.doc.blocks.size(); b++) {
            Doc.Block blk = o.doc.blocks.get(b);
            if (blk.kind == Doc.Kind.HEADING || blk.kind == Doc.Kind.RULE) {
                continue;
            }
            if (blk.kind == Doc.Kind.PARAGRAPH && o.blockAll(b, s -> s.role() == Outline.Role.GREETING)) {
                continue;
            }
            return b;
        }
        return -1;
    }

    static int count(Doc doc) {
        int n = 0;
        for (Doc.Block b : doc.blocks) {
            if (b.kind == Doc.Kind.HEADING) {
                n++;
            }
        }
        return n;
    }

    @Override
    double score(String text, String value) {
        Outline o = Outline.of(text);
        int n = count(o.doc);
        if (value.equals("none")) {
            return decay(n, 4);
        }
        if (n == 0) {
            return 0;
        }
        int first = firstContentBlock(o);
        for (int b = 0; b < first; b++) {
            if (o.doc.blocks.get(b).kind == Doc.Kind.HEADING) {
                return 1;
            }
        }
        return first < 0 ? 1 : 0.5;
    }

    @Override
    String rewrite(String text, String value) {
        return value.equals("none") ? remove(text) : add(text);
    }

    private static String remove(String text) {
        Doc doc = Doc.parse(text);
        for (int i = doc.blocks.size() - 1; i >= 0; i--) {
            if (doc.blocks.get(i).kind == Doc.Kind.HEADING) {
                doc.remove(i);
            }
        }
        String out = doc.render();
        if (Edits.sameAnswer(text, out)) {
            return out;
        }
        // a heading carried the answer: keep its words as a line of text
        Doc keep = Doc.parse(text);
        for (Doc.Block b : keep.blocks) {
            if (b.kind == Doc.Kind.HEADING) {
                b.kind = Doc.Kind.PARAGRAPH;
                b.marker = "";
            }
        }
        return keep.render();
    }

    private static String add(String text) {
        text = separateGreeting(text);
        Outline o = Outline.of(text);
        Doc doc = o.doc;
        int first = firstContentBlock(o);
        if (first < 0) {
            return text;
        }
        boolean hadHeadings = count(doc) > 0;
        int closing = hadHeadings ? -1 : closingStatement(o, first);
        if (closing > first) {
            insertHeading(doc, closing, "Answer");
        }
        int lead = statementOnly(o, first) ? first : -1;
        if (lead >= 0 && !hadHeadings && first + 1 < doc.blocks.size() && closing != first + 1
                && isContent(doc.blocks.get(first + 1))) {
            insertHeading(doc, first + 1, titleFor(doc.blocks.get(first + 1)));
        }
        insertHeading(doc, first, lead >= 0 ? "Short answer" : titleFor(doc.blocks.get(first)));
        return doc.render();
    }

    /** Puts a greeting that opens a paragraph on its own line, so a heading can go under it. */
    private static String separateGreeting(String text) {
        Outline o = Outline.of(text);
        if (o.sents.isEmpty() || o.sents.get(0).role() != Outline.Role.GREETING) {
            return text;
        }
        Outline.Sent g = o.sents.get(0);
        Para p = o.paras[g.block()];
        if (p == null || p.size() < 2) {
            return text;
        }
        p.remove(0);
        p.lead = "";
        o.render();
        o.doc.insert(g.block(), Doc.Block.paragraph("", g.text()), "\n\n");
        return o.doc.render();
    }

    private static boolean isContent(Doc.Block b) {
        return b.kind != Doc.Kind.HEADING && b.kind != Doc.Kind.RULE;
    }

    private static String titleFor(Doc.Block b) {
        if (b.isItem()) {
            return b.numbered() ? "Steps" : "Key points";
        }
        return "Explanation";
    }

    private static void insertHeading(Doc doc, int at, String title) {
        Doc.Block h = new Doc.Block(Doc.Kind.HEADING, "", "", "## ", title);
        Doc.Block next = doc.blocks.get(at);
        String sep = at == 0 ? next.before : "\n\n";
        doc.blocks.add(at, h);
        h.before = sep;
        next.before = "\n";
    }

    /** The last content block when it holds only answer statements (and is not the recap). */
    private static int closingStatement(Outline o, int first) {
        int last = -1;
        for (Outline.Sent s : o.sents) {
            if (s.role() != Outline.Role.RECAP && s.role() != Outline.Role.GLOSSARY) {
                last = s.block();
            }
        }
        if (last <= first || !statementOnly(o, last)) {
            return -1;
        }
        return last;
    }

    private static boolean statementOnly(Outline o, int b) {
        return o.blockAll(b, s -> s.role() == Outline.Role.STATEMENT);
    }
}
