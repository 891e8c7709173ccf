package org.attune.evaluator.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the sentences that restate the final answer: the opening lead and the closing recap. */
final class Leads {
    private Leads() {
    }

    /** "the answer is X" for a boxed or phrased answer (X as written), else null. */
    static String answerIs(String text, Answers.Found f) {
        if (f.kind() == Answers.Kind.BOXED) {
            return "the answer is " + boxedToken(text, f);
        }
        if (f.kind() == Answers.Kind.PHRASE) {
            String raw = f.raw().replaceAll("[.!?]+$", "");
            return "the answer is " + raw;
        }
        return null;
    }

    /** The boxed answer as written, wrapped in $..$ when it sat inside inline math. */
    static String boxedToken(String text, Answers.Found f) {
        String token = text.substring(f.start(), f.end());
        for (Spans.Range r : Spans.of(text)) {
            if (r.start() <= f.start() && f.end() <= r.end() && text.charAt(r.start()) == '$') {
                return "$" + token + "$";
            }
        }
        return token;
    }

    /** The clause that carries the final number, or the response's main point when it has none. */
    static String point(Outline o, Answers.Found f, boolean conclusion) {
        if (f.kind() == Answers.Kind.NUMBER && !numberConcludes(o, f)) {
            String main = mainPoint(o, conclusion);
            if (main != null) {
                return main;
            }
        }
        if (f.kind() == Answers.Kind.NUMBER) {
            Outline.Sent holder = o.at(f.start());
            if (holder == null || holder.role() == Outline.Role.STATEMENT && holder.text().equals(o.doc.blocks
                    .get(holder.block()).body) && o.doc.blocks.get(holder.block()).kind == Doc.Kind.TAG) {
                return "the result is " + f.raw();
            }
            String clause = numberClause(holder.text(), f.start() - holder.start());
            clause = Edits.tidyClause(withoutFillers(clause));
            if (SUBORDINATE.matcher(clause).lookingAt()) {
                clause = Edits.tidyClause(withoutFillers(withMainClause(holder.text(), f.start() - holder.start())));
            }
            if (Words.count(clause) < 3 || !clause.contains(f.raw())) {
                return "the result is " + f.raw();
            }
            return shorten(clause, f.raw());
        }
        return mainPoint(o, conclusion);
    }

    /**
     * The clause holding offset k, extended back over earlier clauses until it has three words
     * ("then subtract 4" becomes "Multiply 4 by 6 to get 24, then subtract 4").
     */
    static String numberClause(String s, int k) {
        String m = Spans.masked(s);
        int at = Math.max(0, Math.min(k, m.length()));
        int end = at;
        while (end < m.length() && ",;".indexOf(m.charAt(end)) < 0) {
            end++;
        }
        int start = at;
        while (true) {
            while (start > 0 && ",;:".indexOf(m.charAt(start - 1)) < 0) {
                start--;
            }
            if (start == 0 || Words.count(Edits.tidyClause(s.substring(start, end))) >= 3) {
                break;
            }
            start--;
        }
        return s.substring(start, end);
    }

    /** For "..., if x > 5, we stop, and ...": the number's clause with the clause after it. */
    private static String withMainClause(String s, int k) {
        String m = Spans.masked(s);
        int at = Math.max(0, Math.min(k, m.length()));
        int start = at;
        while (start > 0 && ",;".indexOf(m.charAt(start - 1)) < 0) {
            start--;
        }
        int comma = m.indexOf(',', at);
        if (comma < 0) {
            return s.substring(start);
        }
        int next = comma + 1;
        while (next < m.length() && ",;".indexOf(m.charAt(next)) < 0) {
            next++;
        }
        return s.substring(start, next);
    }

    /**
     * Whether the final number closes the explanation (no sentence of it follows), so that it reads
     * as the result rather than a detail along the way.
     */
    static boolean numberConcludes(Outline o, Answers.Found f) {
        Outline.Sent holder = o.at(f.start());
        if (holder == null) {
            return true;
        }
        for (Outline.Sent s : o.sents) {
            if (s.start() > holder.start() && s.body() && !isFiller(s.text())) {
                return false;
            }
        }
        return true;
    }

    /** The first clause of the response's first (or, for a conclusion, last) sentence without digits. */
    private static String mainPoint(Outline o, boolean conclusion) {
        List<Outline.Sent> sents = o.sents;
        Outline.Sent pick = null;
        for (Outline.Sent s : sents) {
            if (s.body() && !s.text().matches(".*\\d.*") && !isFiller(s.text())
                    && !s.text().stripTrailing().endsWith(":") && !s.text().stripTrailing().endsWith("?")) {
                pick = s;
                if (!conclusion) {
                    break;
                }
            }
        }
        if (pick == null) {
            return null;
        }
        String text = stripOpeners(withoutFillers(pick.text()));
        String clause = Edits.tidyClause(text);
        String first = Edits.clauseAround(text, 0);
        if (Words.count(first) >= 4) {
            clause = first;
        }
        return shorten(clause, null, 12);
    }

    static final Pattern SUBORDINATE = Pattern.compile(
            "(?i)(?:if|when|because|since|although|though|while|as|that|which|who|where|unless|until|before|after|whether)\\b");

    private static final Set<String> BOUNDARIES = Set.of("that", "which", "because", "since",
            "when", "where", "while", "and", "but", "so", "who", "after", "before", "until", "although");

    /** At most about 20 words, cut where a clause ends and keeping the part with the answer. */
    static String shorten(String clause, String keep) {
        return shorten(clause, keep, 20);
    }

    static String shorten(String clause, String keep, int max) {
        String[] w = clause.split("\\s+");
        if (w.length <= max) {
            return clause;
        }
        if (keep == null) {
            int cut = Math.min(12, max);
            for (int i = Math.min(max, w.length - 1); i >= 4; i--) {
                if (BOUNDARIES.contains(w[i].toLowerCase()) || w[i - 1].endsWith(",")) {
                    cut = i;
                    break;
                }
            }
            return String.join(" ", Arrays.copyOfRange(w, 0, cut)).replaceAll("[,;:]+$", "");
        }
        int at = clause.lastIndexOf(keep);
        String before = clause.substring(0, at);
        String[] bw = before.split("\\s+");
        int from = Math.max(0, bw.length - 10);
        return String.join(" ", Arrays.copyOfRange(bw, from, bw.length)) + " " + clause.substring(at);
    }

    /** The filler clauses operators append (", and this follows by deduction", ...). */
    static final List<String> CLAUSES = List.of(JargonRule.CLAUSE, AddressRule.CLAUSE,
            ContractionsRule.CLAUSE, ContractionsRule.CLAUSE.replace("'", "’"), ", and that is the key point",
            SentenceJoins.FILLERS[0], SentenceJoins.FILLERS[1], SentenceJoins.FILLERS[2],
            SentenceJoins.FILLERS[3], SentenceJoins.FILLERS[4]);

    private static final Pattern OPENERS = Pattern.compile(
            "^(?:(?:as you can see|as one can see|most likely|that's why|that’s why|that is why|by deduction|you can"
                    + "|in short|so|therefore|thus|hence),?\\s+)+", Pattern.CASE_INSENSITIVE);

    /** s without the openers operators put in front of a sentence ("As you can see, "). */
    static String stripOpeners(String s) {
        Matcher m = OPENERS.matcher(s.strip());
        return m.find() ? Words.capitalize(s.strip().substring(m.end())) : s;
    }

    /** s without any filler clause. */
    static String withoutFillers(String s) {
        String out = s;
        for (String c : CLAUSES) {
            out = out.replace(c, "");
        }
        return out;
    }

    /** Compiled once (String.replaceAll compiles its pattern on every call); before FILLER_CORES, which uses them. */
    private static final Pattern NOT_LETTER_OR_SPACE = Pattern.compile("[^a-z ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> FILLER_CORES = fillerCores();

    private static List<String> fillerCores() {
        List<String> cores = new ArrayList<>(List.of("follows by deduction",
                "you can check each step", "thats the key point", "that is the key point", "most likely so",
                "that is key", "there we go"));
        for (String p : BudgetPad.PADDING) {
            cores.add(core(p));
        }
        return cores;
    }

    private static String core(String s) {
        return SPACES.matcher(NOT_LETTER_OR_SPACE.matcher(s.toLowerCase()).replaceAll("")).replaceAll(" ").strip();
    }

    /** Whether a sentence is one of the generic sentences the operators insert (not the response's own). */
    static boolean isFiller(String s) {
        String c = core(s);
        for (String f : FILLER_CORES) {
            if (c.contains(f) && f.length() * 2 >= c.length()) {
                return true;
            }
        }
        return false;
    }
}
