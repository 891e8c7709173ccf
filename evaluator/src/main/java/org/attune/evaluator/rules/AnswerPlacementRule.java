package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * answer-placement: "answer-first" opens with a statement of the final answer (boxed, "The answer
 * is ..", or "Bottom line: .." with the final number); "answer-last" gives every sentence of the
 * explanation before the first statement of the answer. Texts of one sentence satisfy both.
 */
final class AnswerPlacementRule extends RuleBase {
    AnswerPlacementRule() {
        super("answer-placement", "answer-first", "answer-last");
    }

    @Override
    String contrary(String value) {
        return value.equals("answer-first") ? "answer-last" : "answer-first";
    }

    private static boolean substantial(Outline o) {
        int n = 0;
        for (Outline.Sent s : o.sents) {
            if (s.role() != Outline.Role.GREETING && s.role() != Outline.Role.GLOSSARY && !s.minor()
                    && !Leads.isFiller(s.text())) {
                n++;
            }
        }
        return n >= 2;
    }

    @Override
    double score(String text, String value) {
        Outline o = Outline.of(text);
        if (!substantial(o)) {
            return 1;
        }
        if (value.equals("answer-first")) {
            Outline.Sent first = o.firstSubstantial();
            if (first == null || first.role() != Outline.Role.STATEMENT) {
                return 0;
            }
            return statesAnswer(text, o, first) ? 1 : 0.5;
        }
        int ordinary = 0;
        int late = 0;
        boolean stated = false;
        for (Outline.Sent s : o.sents) {
            if (s.role() == Outline.Role.STATEMENT) {
                stated = true;
            } else if (s.body()) {
                ordinary++;
                if (stated) {
                    late++;
                }
            }
        }
        return ordinary == 0 ? 1 : 1.0 - late / (double) ordinary;
    }

    /** Whether the first sentence states the same answer the whole response gives. */
    private static boolean statesAnswer(String text, Outline o, Outline.Sent first) {
        Answers.Found all = Answers.find(text);
        if (all.kind() == Answers.Kind.NONE || all.kind() == Answers.Kind.NUMBER && !Leads.numberConcludes(o, all)) {
            return true;
        }
        String t = first.text();
        Answers.Found mine = all.kind() == Answers.Kind.NUMBER ? Answers.lastNumber(t) : Answers.find(t);
        if (mine == null || mine.kind() == Answers.Kind.NONE) {
            return false;
        }
        if (all.kind() != Answers.Kind.NUMBER && mine.kind() == Answers.Kind.NUMBER) {
            return false;
        }
        return mine.normalized().equals(all.normalized());
    }

    @Override
    String rewrite(String text, String value) {
        return value.equals("answer-first") ? first(text) : last(text);
    }

    private static String first(String text) {
        Outline o = Outline.of(text);
        Answers.Found f = Answers.find(text);
        String said = Leads.answerIs(text, f);
        String lead;
        if (said != null) {
            lead = Edits.terminate(Words.capitalize(said));
        } else {
            String point = Leads.point(o, f, true);
            if (point == null) {
                return text;
            }
            lead = Edits.terminate("Bottom line: " + Words.decapitalize(point, text));
        }
        Outline.Sent first = o.firstSubstantial();
        if (first != null && o.paras[first.block()] != null && Outline.LEAD.matcher(first.text().strip()).find()) {
            // an old lead that no longer states the answer gives way to the new one
            o.paras[first.block()].sents.set(first.index(), lead);
            return o.render();
        }
        // the lead goes before the opening sentence, after a greeting that shares its paragraph
        Outline.Sent opening = o.firstContent();
        if (opening != null) {
            first = opening;
        }
        if (first != null && first.index() > 0 && o.paras[first.block()] != null) {
            o.paras[first.block()].insert(first.index(), lead);
            return o.render();
        }
        Doc doc = o.doc;
        int at = first == null ? doc.blocks.size() : first.block();
        doc.insert(at, Doc.Block.paragraph("", lead), doc.paragraphSep());
        return doc.render();
    }

    /** Moves every answer statement that precedes part of the explanation to after it. */
    private static String last(String text) {
        String moved = move(text, false);
        if (Edits.sameAnswer(text, moved)) {
            return moved;
        }
        return move(text, true);
    }

    private static String move(String text, boolean stripLeads) {
        Outline o = Outline.of(text);
        int lastBody = -1;
        for (int i = 0; i < o.sents.size(); i++) {
            if (o.sents.get(i).body()) {
                lastBody = i;
            }
        }
        List<Outline.Sent> early = new ArrayList<>();
        for (int i = 0; i < lastBody; i++) {
            Outline.Sent s = o.sents.get(i);
            if (s.role() == Outline.Role.STATEMENT) {
                early.add(s);
            }
        }
        if (early.isEmpty()) {
            return text;
        }
        Doc doc = o.doc;
        List<String> carried = new ArrayList<>();
        List<Doc.Block> tags = new ArrayList<>();
        boolean[] dropBlock = new boolean[doc.blocks.size()];
        for (int k = early.size() - 1; k >= 0; k--) {
            Outline.Sent s = early.get(k);
            Para p = o.paras[s.block()];
            if (stripLeads && Outline.LEAD.matcher(s.text().strip()).find()) {
                String rest = s.text().strip().replaceFirst("(?i)^(?:\\*\\*|__)?bottom line(?:\\*\\*|__)?\\s*:\\s*", "");
                p.sents.set(s.index(), Words.capitalize(rest));
                continue;
            }
            if (p == null) {
                // an answer tag such as "#### 42" moves as it is
                tags.add(0, doc.blocks.get(s.block()).copy());
                dropBlock[s.block()] = true;
            } else {
                carried.add(0, Edits.terminate(s.text()));
                p.remove(s.index());
                if (p.isEmpty()) {
                    dropBlock[s.block()] = true;
                }
            }
        }
        Outline.Sent anchor = o.sents.get(lastBody);
        for (int b = 0; b < o.paras.length; b++) {
            if (o.paras[b] != null && !dropBlock[b]) {
                o.paras[b].lead = o.paras[b].isEmpty() ? "" : o.paras[b].lead;
                doc.blocks.get(b).body = o.paras[b].render();
            }
        }
        int insertAt = anchor.block() + 1;
        for (int b = doc.blocks.size() - 1; b >= 0; b--) {
            if (dropBlock[b]) {
                doc.remove(b);
                if (b < insertAt) {
                    insertAt--;
                }
            }
        }
        if (!carried.isEmpty() || !tags.isEmpty()) {
            // after the list or paragraph that holds the last sentence of the explanation
            while (insertAt < doc.blocks.size() && doc.blocks.get(insertAt).isItem()
                    && doc.blocks.get(insertAt).indent.length() > 0) {
                insertAt++;
            }
            if (insertAt > 0 && doc.blocks.get(insertAt - 1).isItem()) {
                while (insertAt < doc.blocks.size() && doc.blocks.get(insertAt).isItem()) {
                    insertAt++;
                }
            }
            int at = insertAt;
            if (!carried.isEmpty()) {
                Para closing = Para.ofSentences(carried);
                doc.insert(at++, Doc.Block.paragraph("", closing.render()), doc.paragraphSep());
            }
            for (Doc.Block tag : tags) {
                doc.insert(at++, tag, "\n");
            }
            doc.renumber();
        }
        return doc.render();
    }
}
