package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles of a response's sentences: greeting, ordinary text, answer statements (a boxed answer,
 * an "answer is" phrase, a "Bottom line:" lead or a {@code #### 42} tag), the closing recap line and
 * the key-terms line. Rules read roles from here so that they agree on what is what.
 */
final class Outline {
    enum Role { GREETING, ORDINARY, STATEMENT, RECAP, GLOSSARY }

    /** One sentence: its block, index in the block's {@link Para}, text, role and absolute offset. */
    record Sent(int block, int index, String text, Role role, int start, int end) {
        boolean minor() {
            return Words.count(text) < 4;
        }

        boolean ordinary() {
            return role == Role.ORDINARY;
        }

        /** Ordinary and long enough to count as a sentence of the explanation. */
        boolean body() {
            return role == Role.ORDINARY && !minor();
        }

        /**
         * What word rewrites must keep: protected spans, and in a sentence that states the final
         * answer (a statement or the recap) the answer phrase to the end. An answer phrase in the
         * explanation ("at first the answer is 8 looks right") is not the final answer, so it is text.
         */
        List<Spans.Range> frozen() {
            boolean phrase = role != Role.ORDINARY && role != Role.GREETING;
            return phrase ? Outline.frozen(text) : Spans.of(text);
        }

        /** The text with its frozen stretches blanked (for counting markers rewrites could change). */
        String editable() {
            StringBuilder sb = new StringBuilder(text);
            for (Spans.Range r : frozen()) {
                for (int k = r.start(); k < r.end(); k++) {
                    sb.setCharAt(k, ' ');
                }
            }
            return sb.toString();
        }

        String mapEditable(UnaryOperator<String> f) {
            return Spans.mapOutside(text, frozen(), f);
        }
    }

    static final Pattern RECAP = Pattern.compile(
            "^(?:\\*\\*|__)?(?:in short|in summary|to sum up|to summarize|to summarise|summary|tl;dr|in a nutshell)"
                    + "(?:\\*\\*|__)?\\s*[:,—-]", Pattern.CASE_INSENSITIVE);
    static final Pattern GLOSSARY = Pattern.compile(
            "^(?:\\*\\*|__)?(?:key terms|glossary|definitions|terms used)(?:\\*\\*|__)?\\s*:", Pattern.CASE_INSENSITIVE);
    static final Pattern GREETING = Pattern.compile(
            "^(?:\\*\\*)?(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening)|dear [\\p{L}]+)\\b"
                    + "(?: there| all| everyone| friend| folks)?[\\s,!.]*", Pattern.CASE_INSENSITIVE);
    static final Pattern LEAD = Pattern.compile("^(?:\\*\\*|__)?bottom line(?:\\*\\*|__)?\\s*:",
            Pattern.CASE_INSENSITIVE);

    final Doc doc;
    final Para[] paras;
    final List<Sent> sents = new ArrayList<>();
    final String text;

    private Outline(Doc doc) {
        this.doc = doc;
        this.paras = new Para[doc.blocks.size()];
        this.text = doc.render();
        build();
    }

    /** A copy of a built outline: its own doc, paras and sentence list, so edits stay with the copy. */
    private Outline(Outline built) {
        this.doc = built.doc.copy();
        this.paras = new Para[built.paras.length];
        for (int b = 0; b < paras.length; b++) {
            paras[b] = built.paras[b] == null ? null : built.paras[b].copy();
        }
        this.sents.addAll(built.sents);
        this.text = built.text;
    }

    /**
     * The outline of a text. Outlines are built with many regular expressions and every checker and
     * operator asks for the one of the text in hand, so each thread keeps the last few it built and
     * hands out copies (callers may edit theirs).
     */
    static Outline of(String text) {
        return new Outline(BUILT.get().get(text, t -> new Outline(Doc.parse(t))));
    }

    private static final ThreadLocal<RecentTexts<Outline>> BUILT = RecentTexts.perThread();

    static Outline of(Doc doc) {
        return new Outline(doc);
    }

    private void build() {
        Answers.Found finalAnswer = Answers.find(text);
        int offset = 0;
        int recap = recapBlock();
        for (int b = 0; b < doc.blocks.size(); b++) {
            Doc.Block blk = doc.blocks.get(b);
            int bodyAt = offset + blk.before.length() + blk.indent.length() + blk.marker.length();
            if (blk.kind == Doc.Kind.TAG) {
                sents.add(new Sent(b, 0, blk.body, Role.STATEMENT, bodyAt, bodyAt + blk.body.length()));
            } else if (blk.hasSentences()) {
                Para p = Para.of(blk.body);
                paras[b] = p;
                boolean glossary = blk.kind == Doc.Kind.PARAGRAPH && GLOSSARY.matcher(blk.body.strip()).find();
                int at = bodyAt + p.lead.length();
                for (int i = 0; i < p.size(); i++) {
                    String s = p.sents.get(i);
                    Role role;
                    if (glossary) {
                        role = Role.GLOSSARY;
                    } else if (b == recap) {
                        role = Role.RECAP;
                    } else if (sents.isEmpty() && isGreeting(s)) {
                        role = Role.GREETING;
                    } else if (isStatement(s, finalAnswer)) {
                        role = Role.STATEMENT;
                    } else {
                        role = Role.ORDINARY;
                    }
                    sents.add(new Sent(b, i, s, role, at, at + s.length()));
                    at += s.length() + p.gaps.get(i).length();
                }
            }
            offset += blk.render().length();
        }
    }

    /** The last content block when it is a one-line paragraph opening with a recap phrase, else -1. */
    private int recapBlock() {
        for (int b = doc.blocks.size() - 1; b >= 0; b--) {
            Doc.Block blk = doc.blocks.get(b);
            if (blk.kind == Doc.Kind.HEADING || blk.kind == Doc.Kind.RULE) {
                continue;
            }
            if (blk.kind == Doc.Kind.PARAGRAPH && GLOSSARY.matcher(blk.body.strip()).find()) {
                continue;
            }
            boolean recap = blk.kind == Doc.Kind.PARAGRAPH && RECAP.matcher(blk.body.strip()).find();
            return recap ? b : -1;
        }
        return -1;
    }

    static boolean isGreeting(String s) {
        Matcher m = GREETING.matcher(s.strip());
        return m.lookingAt() && Words.count(s) <= 4 && Words.count(s.strip().substring(m.end())) <= 1;
    }

    /**
     * Whether a sentence states the final answer: a bottom-line lead, or a boxed answer or answer
     * phrase with the same value as the response's final answer ("at first the answer is 8 looks
     * right" before a final 16 is part of the explanation, not a statement of the answer).
     */
    static boolean isStatement(String s, Answers.Found finalAnswer) {
        if (LEAD.matcher(s.strip()).find()) {
            return true;
        }
        if (finalAnswer.kind() != Answers.Kind.BOXED && finalAnswer.kind() != Answers.Kind.PHRASE) {
            return false;
        }
        // Answers.find's boxed answer, else its phrase: its last number would not count here
        Answers.Found mine = Answers.lastBoxed(s);
        if (mine == null) {
            mine = Answers.lastPhrase(s);
        }
        return mine != null && mine.normalized().equals(finalAnswer.normalized());
    }

    /** The ranges of s that word rewrites must keep: protected spans and any answer phrase to its end. */
    static List<Spans.Range> frozen(String s) {
        List<Spans.Range> prot = Spans.of(s);
        List<Spans.Range> answer = new ArrayList<>();
        Matcher m = Answers.PHRASE.matcher(s);
        while (m.find()) {
            if (!Spans.inside(prot, m.start())) {
                answer.add(new Spans.Range(m.start(), s.length()));
                break;
            }
        }
        Matcher lead = LEAD.matcher(s.strip());
        if (lead.find() && answer.isEmpty()) {
            int off = s.indexOf(s.strip());
            answer.add(new Spans.Range(off, off + lead.end()));
        }
        return Spans.union(prot, answer);
    }

    /** Whether block b has sentences and all of them pass the test. */
    boolean blockAll(int b, java.util.function.Predicate<Sent> test) {
        boolean any = false;
        for (Sent s : sents) {
            if (s.block == b) {
                if (!test.test(s)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The text word-level checkers count markers in: the editable stretches of every sentence but the
     * key-terms line, and the headings, with protected spans masked; one line each.
     */
    String editableText() {
        StringBuilder sb = new StringBuilder();
        for (Sent s : sents) {
            if (s.role != Role.GLOSSARY && paras[s.block] != null) {
                sb.append(Spans.masked(s.editable())).append('\n');
            }
        }
        for (Doc.Block b : doc.blocks) {
            if (b.kind == Doc.Kind.HEADING) {
                sb.append(Spans.masked(b.body)).append('\n');
            }
        }
        return sb.toString();
    }

    /** Content sentences: everything but the greeting. */
    List<Sent> content() {
        List<Sent> out = new ArrayList<>();
        for (Sent s : sents) {
            if (s.role != Role.GREETING) {
                out.add(s);
            }
        }
        return out;
    }

    /** The first sentence of the content that is not a short aside ("Sure!"); statements always count. */
    Sent firstSubstantial() {
        for (Sent s : sents) {
            if (s.role != Role.GREETING && s.role != Role.GLOSSARY && (!s.minor() || s.role == Role.STATEMENT)) {
                return s;
            }
        }
        return firstContent();
    }

    Sent firstContent() {
        for (Sent s : sents) {
            if (s.role != Role.GREETING && s.role != Role.GLOSSARY) {
                return s;
            }
        }
        return null;
    }

    /** The sentence holding the given absolute offset, or null. */
    Sent at(int offset) {
        for (Sent s : sents) {
            if (offset >= s.start && offset < s.end) {
                return s;
            }
        }
        return null;
    }

    int recap() {
        for (Sent s : sents) {
            if (s.role == Role.RECAP) {
                return s.block;
            }
        }
        return -1;
    }

    int glossary() {
        for (Sent s : sents) {
            if (s.role == Role.GLOSSARY) {
                return s.block;
            }
        }
        return -1;
    }

    /** Writes every edited Para back into its block and returns the new text. */
    String render() {
        for (int b = 0; b < paras.length; b++) {
            if (paras[b] != null) {
                doc.blocks.get(b).body = paras[b].render();
            }
        }
        return doc.render();
    }
}
