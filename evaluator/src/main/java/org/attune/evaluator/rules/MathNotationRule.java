package org.attune.evaluator.rules;

/**
 * math-notation: "latex" leaves no plain-text expression ({@code 3/4}, {@code x^2 + 1 = 5}) outside
 * math delimiters; "plain" has no LaTeX (no math delimiters or commands; {@code \boxed{..}} may stay
 * as the answer marker, with plain content). Text without math satisfies both.
 */
final class MathNotationRule extends RuleBase {
    MathNotationRule() {
        super("math-notation", "latex", "plain");
    }

    @Override
    String contrary(String value) {
        return value.equals("latex") ? "plain" : "latex";
    }

    static int plainRuns(String text) {
        int n = 0;
        for (Doc.Block b : Doc.parse(text).blocks) {
            if (b.kind != Doc.Kind.CODE && b.kind != Doc.Kind.MATH) {
                n += MathText.runs(b.body).size();
            }
        }
        return n;
    }

    static int latexMarks(String text) {
        int n = 0;
        for (Doc.Block b : Doc.parse(text).blocks) {
            if (b.kind != Doc.Kind.CODE) {
                n += MathText.latexMarks(b.body);
            }
        }
        return n;
    }

    @Override
    double score(String text, String value) {
        return value.equals("latex") ? decay(plainRuns(text), 4) : decay(latexMarks(text), 4);
    }

    @Override
    String rewrite(String text, String value) {
        Doc doc = Doc.parse(text);
        for (Doc.Block b : doc.blocks) {
            if (b.kind == Doc.Kind.CODE) {
                continue;
            }
            if (value.equals("plain")) {
                b.body = MathText.toPlain(b.body);
            } else if (b.kind != Doc.Kind.MATH) {
                b.body = MathText.toLatex(b.body);
            }
        }
        return doc.render();
    }

}
