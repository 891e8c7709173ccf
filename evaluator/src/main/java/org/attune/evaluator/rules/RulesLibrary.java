package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.evaluator.SharedMemo;
import java.util.Set;

/**
 * The deterministic checkers and style operators of every {@code rules} attribute (SPEC §1).
 *
 * <p><b>Canonical order</b> (what {@link #applyAll} runs, first to last): math-notation, jargon,
 * address, contractions, certainty-tone, spelling, summary-line, sentence-length, layout,
 * answer-placement, headings, paragraph-size, key-terms, emphasis, exclamation, emoji, greeting,
 * word-budget. Word-level rewrites come first, so everything later copies finished wording. The
 * recap is written before sentences are split or joined and before the layout is built. Answer
 * placement comes once the layout stands, then headings and paragraph breaks, then the marks that
 * attach to finished sentences. The word budget is last and is told the other preferences: it pads
 * in the response's own layout and sentence style, and when it trims it keeps what they need (the
 * first carrier of each wanted style marker, long sentences long, merged paragraphs merged); when
 * only such sentences are left it cuts clauses, and as a last resort cuts freely and puts the wanted
 * markers back. After this pass, the operators of attributes still unsatisfied run again in the same
 * order, at most {@value #REPAIR_PASSES} times.
 *
 * <p><b>Composition.</b> No pair of values is excluded: every combination, one value per attribute,
 * is satisfied by {@link #applyAll} on the test corpus, on real GSM8K and MATH-500 solutions and on
 * generated responses. What makes pairs that pull against each other fit: word counts leave out
 * headings, the greeting, the recap line and the key-terms line; the key-terms line is exempt from
 * the vocabulary checks; short asides (under four words) and answer statements are left out of
 * sentence and paragraph statistics; a list may keep one intro sentence and any answer statements
 * outside it. Known limit: "brief" cannot be met when the sentences that must stay (an answer
 * statement, say) are longer than sixty words on their own.
 *
 * <p><b>The answer stays.</b> No operator changes the answer a correctness checker extracts
 * (SPEC §3): an answer statement is never dropped or reworded (math-notation only rewrites its
 * notation, value kept: {@code \frac{3}{4}} and {@code 3/4}; plain text keeps {@code \boxed{..}} as
 * the answer marker), statements that move keep their order, and nothing with a digit or an "answer
 * is" phrase is added after the final answer unless it repeats it (the recap does). A number in the
 * explanation is not moved past the final one. Numbered-list markers at a line start are layout, not
 * numbers: a correctness checker should skip them (the numbered layout also folds steps after the
 * final number into its step, so no marker follows it).
 *
 * <p>Some attributes say nothing about some texts, and then both values hold: math-notation for
 * text without math, key-terms without technical terms, spelling without words that differ,
 * sentence-length without explanation sentences, answer-placement for a single sentence,
 * paragraph-size for fewer than four sentences of prose.
 */
public final class RulesLibrary {
    static final int REPAIR_PASSES = 3;
    private static final List<String> ORDER = List.of("math-notation", "jargon", "address", "contractions",
            "certainty-tone", "spelling", "summary-line", "sentence-length", "layout", "answer-placement",
            "headings", "paragraph-size", "key-terms", "emphasis", "exclamation", "emoji", "greeting",
            "word-budget");

    private final Map<String, Rule> rules;

    private RulesLibrary(List<RuleBase> all) {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (RuleBase r : all) {
            int order = ORDER.indexOf(r.id());
            if (order < 0) {
                throw new IllegalStateException("rule without a place in the canonical order: " + r.id());
            }
            m.put(r.id(), new Rule(r.id(), r, r, order, r::contrary));
        }
        List<Rule> sorted = new ArrayList<>(m.values());
        sorted.sort(Comparator.comparingInt(Rule::order));
        Map<String, Rule> ordered = new LinkedHashMap<>();
        for (Rule r : sorted) {
            ordered.put(r.attribute(), r);
        }
        this.rules = Collections.unmodifiableMap(ordered);
    }

    private static final RulesLibrary BUILTIN = new RulesLibrary(List.of(new MathNotationRule(), new JargonRule(),
            new AddressRule(), new ContractionsRule(), new CertaintyToneRule(), new SpellingRule(),
            new SummaryLineRule(), new SentenceLengthRule(), new LayoutRule(), new AnswerPlacementRule(),
            new HeadingsRule(), new ParagraphSizeRule(), new KeyTermsRule(), new EmphasisRule(),
            new ExclamationRule(), new EmojiRule(), new GreetingRule(), new WordBudgetRule()));

    public static RulesLibrary builtin() {
        return BUILTIN;
    }

    public Optional<Rule> find(String attributeId) {
        return Optional.ofNullable(rules.get(attributeId));
    }

    /** Attribute ids in canonical order. */
    public Set<String> attributeIds() {
        return new LinkedHashSet<>(rules.keySet());
    }

    /** The legal values of one attribute. */
    public List<String> values(String attributeId) {
        return ((RuleBase) rule(attributeId).checker()).values();
    }

    /**
     * Applies the operators of the given attribute->value pairs in the library's fixed canonical
     * order, then re-applies those still unsatisfied. Unknown attribute ids are an error.
     */
    public String applyAll(String response, Map<String, String> valuesByAttribute) {
        Map<String, String> values = copyWithoutNulls(valuesByAttribute);
        if (response == null || values == null) {
            return applyNow(response, valuesByAttribute);
        }
        return applied.get(new Edit(response, values), e -> applyNow(response, valuesByAttribute));
    }

    /**
     * What applyAll made of a response for a set of values (which alone decide the result, not their
     * order). A long offline suite edits the same response for the same preferences several times
     * within a few episodes (the plain agent answers alike in every condition), so the last few
     * hundred results are kept: at most a few megabytes.
     */
    private record Edit(String response, Map<String, String> values) {
    }

    private static final int APPLIED_CAPACITY = 512;
    private final SharedMemo<Edit, String> applied = new SharedMemo<>(APPLIED_CAPACITY);

    /** An unmodifiable copy, or null when a key or value is null (such calls are not remembered). */
    private static Map<String, String> copyWithoutNulls(Map<String, String> m) {
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                return null;
            }
        }
        return Map.copyOf(m);
    }

    /** applyAll without the memory. */
    String applyNow(String response, Map<String, String> valuesByAttribute) {
        List<Rule> active = new ArrayList<>();
        for (String id : valuesByAttribute.keySet()) {
            active.add(rule(id));
        }
        active.sort(Comparator.comparingInt(Rule::order));
        String out = response;
        for (Rule r : active) {
            out = step(r, out, valuesByAttribute);
        }
        for (int pass = 0; pass < REPAIR_PASSES; pass++) {
            boolean changed = false;
            for (Rule r : active) {
                String v = valuesByAttribute.get(r.attribute());
                if (r.checker().degree(out, v) < 1.0) {
                    out = step(r, out, valuesByAttribute);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return out;
    }

    /** One operator; the word budget also sees the other preferences so that it keeps what they need. */
    private static String step(Rule r, String text, Map<String, String> values) {
        String v = values.get(r.attribute());
        if (r.operator() instanceof WordBudgetRule budget) {
            return budget.apply(text, v, values, t -> othersHold(t, r.attribute(), values),
                    t -> othersPass(t, r.attribute(), values));
        }
        return r.operator().apply(text, v);
    }

    /** One canonical pass of every active operator but the given one. */
    private static String othersPass(String text, String except, Map<String, String> values) {
        List<Rule> rest = new ArrayList<>();
        for (String id : values.keySet()) {
            if (!id.equals(except)) {
                rest.add(BUILTIN.rule(id));
            }
        }
        rest.sort(Comparator.comparingInt(Rule::order));
        String out = text;
        for (Rule r : rest) {
            out = r.operator().apply(out, values.get(r.attribute()));
        }
        return out;
    }

    private static boolean othersHold(String text, String except, Map<String, String> values) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getKey().equals(except) && BUILTIN.degree(e.getKey(), text, e.getValue()) < 1.0) {
                return false;
            }
        }
        return true;
    }

    /** d in [0,1] of one attribute. */
    public double degree(String attributeId, String response, String value) {
        return rule(attributeId).checker().degree(response, value);
    }

    private Rule rule(String id) {
        Rule r = rules.get(id);
        if (r == null) {
            throw new IllegalArgumentException("not a rules attribute: " + id);
        }
        return r;
    }
}
